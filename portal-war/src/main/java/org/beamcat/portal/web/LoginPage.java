package org.beamcat.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.catalogue.Authenticator;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.session.LoggedIn;
import org.beamcat.portal.session.LoginRefused;
import org.beamcat.portal.session.SessionKeeper;

/**
 * The login page: one form per authenticator the catalogue offers (its credential fields as it names them),
 * and the anonymous one as a single "Browse public data" button. A successful login gets a new HTTP session id
 * (no session fixation) and a redirect: no credential or session id ever appears in a URL.
 */
@Named
@RequestScoped
public class LoginPage {

    private static final Logger LOG = Logger.getLogger(LoginPage.class.getName());

    @Inject
    SessionKeeper keeper;

    @Inject
    UserSession userSession;

    /** What was typed, by "mnemonic/key" (the forms post only their own fields). */
    private final Map<String, String> fields = new HashMap<>();
    private List<Authenticator> authenticators = List.of();
    private boolean catalogueDown;

    @PostConstruct
    void load() {
        try {
            authenticators = keeper.authenticators();
        } catch (CatalogueException e) {
            LOG.log(Level.WARNING, "could not read the catalogue's authenticators", e);
            catalogueDown = true;
        }
    }

    public Map<String, String> getFields() {
        return fields;
    }

    /** The authenticators with a form (every one but the anonymous one). */
    public List<LoginForm> getForms() {
        List<Authenticator> withForms = authenticators.stream()
                .filter(a -> !a.mnemonic().equals(keeper.anonymousAuthenticator())).toList();
        List<LoginForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < withForms.size(); i++) {
            forms.add(LoginForm.of(withForms.get(i), i));
        }
        return forms;
    }

    public boolean isAnonymousOffered() {
        return authenticators.stream().anyMatch(a -> a.mnemonic().equals(keeper.anonymousAuthenticator()));
    }

    public String getAnonymousAuthenticator() {
        return keeper.anonymousAuthenticator();
    }

    public boolean isCatalogueDown() {
        return catalogueDown;
    }

    public boolean isLoggedOut() {
        return "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("out"));
    }

    public String logIn(String mnemonic) {
        Map<String, String> typed = new HashMap<>();
        String prefix = mnemonic + "/";
        fields.forEach((field, value) -> {
            if (field.startsWith(prefix)) {
                typed.put(field.substring(prefix.length()), value);
            }
        });
        FacesContext faces = FacesContext.getCurrentInstance();
        LoggedIn session;
        try {
            session = keeper.logIn(mnemonic, typed);
        } catch (LoginRefused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        } catch (CatalogueException e) {
            LOG.log(Level.WARNING, "login failed: " + e.getMessage(), e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The catalogue is not answering at the moment; please try again shortly.", null));
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        String returnTo = userSession.takeReturnTo();
        userSession.set(session);
        String target = returnTo != null ? returnTo : session.anonymous() ? PortalPaths.PUBLIC_DATA : PortalPaths.MY_DATA;
        Responses.redirect(target);
        return null;
    }
}
