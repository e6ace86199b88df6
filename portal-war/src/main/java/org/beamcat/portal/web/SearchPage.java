package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beamcat.portal.search.Search;
import org.beamcat.portal.search.SearchResult;
import org.beamcat.portal.search.SearchTarget;

/**
 * {@code /search.xhtml?q=&target=&beamline=&type=&sample=&format=&year=&param=&from=&to=&units=&after=}: one page
 * of hits with the facets beside them; a facet value is a link that adds (or, when chosen, removes) its filter.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    Search search;

    @Inject
    UserSession userSession;

    private SearchResult result;
    private Map<String, String> params;
    private String base;

    public void load() {
        params = new LinkedHashMap<>(PageParameters.current());
        params.values().removeIf(v -> v == null || v.isBlank());
        if (!Responses.read(userSession, () -> result = search.run(userSession.caller(), params))) {
            return;
        }
        params.remove("after");
        base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search.xhtml";
    }

    public SearchResult getResult() {
        return result;
    }

    public String getText() {
        return result == null ? "" : result.request().text().orElse("");
    }

    public String getTarget() {
        return result == null ? "investigation" : result.request().target().parameterValue();
    }

    public String param(String name) {
        return params == null ? "" : params.getOrDefault(name, "");
    }

    /** Adds the facet value as a filter, or removes it when it is the chosen one. */
    public String facetLink(String parameter, String value, boolean chosen) {
        return new Links(base, params).with(parameter, chosen ? null : value);
    }

    public String nextLink() {
        return new Links(base, params).with("after", result.nextCursor());
    }

    public String getFirstLink() {
        return new Links(base, params).with("after", null);
    }

    public boolean isLaterPage() {
        return PageParameters.current().get("after") != null;
    }

    public SearchTarget[] getTargets() {
        return SearchTarget.values();
    }
}
