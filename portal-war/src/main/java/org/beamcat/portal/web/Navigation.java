package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** The header's navigation: the links other packages add ({@link NavigationLink}) and which one is current. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Instance<NavigationLink> links;

    @Inject
    UserSession userSession;

    public List<NavigationLink> getExtraLinks() {
        boolean anonymous = userSession.isAnonymous();
        return StreamSupport.stream(links.spliterator(), false)
                .filter(link -> !anonymous || link.forAnonymous())
                .sorted(Comparator.comparingInt(NavigationLink::order).thenComparing(NavigationLink::id))
                .toList();
    }

    /** {@code "page"} when the link's path is the page being shown (for {@code aria-current}), else null. */
    public String current(String path) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String shown = request.getRequestURI().substring(request.getContextPath().length());
        return shown.equals(path) ? "page" : null;
    }
}
