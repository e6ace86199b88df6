package org.beamcat.portal.web;

import jakarta.faces.context.FacesContext;
import java.util.Map;

/** The request's query parameters, one value each (a repeated parameter keeps its first value). */
final class PageParameters {

    private PageParameters() {
    }

    static Map<String, String> current() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }
}
