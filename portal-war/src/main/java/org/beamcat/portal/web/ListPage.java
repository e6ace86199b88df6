package org.beamcat.portal.web;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.beamcat.portal.browse.ListParameters;

/**
 * What the pages with one sorted, paged list filtered by name share: the sort and name filter the template shows,
 * its {@code aria-sort} headers and the links to other pages and sorts, all kept from the page's own parameters.
 */
public abstract class ListPage {

    private Links links;
    private String sort;
    private boolean ascending;
    private String name;

    /**
     * Keeps the list's state once the page has read it.
     *
     * @param path the page, e.g. {@code /dataset.xhtml}
     * @param fixed parameters every link of the list keeps (the entity's id)
     * @param defaultSort the sort key when the request names none
     * @param ascending the direction the list was read in
     */
    protected void showList(String path, Map<String, String> fixed, Map<String, String> params, String defaultSort,
            boolean ascending) {
        this.sort = params.getOrDefault(ListParameters.SORT, defaultSort);
        this.ascending = ascending;
        this.name = params.get(ListParameters.NAME);
        this.links = Links.forList(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path,
                fixed, params);
    }

    /** Ascending unless the request asks {@code dir=desc}. */
    protected static boolean ascendingUnlessDesc(Map<String, String> params) {
        return !"desc".equals(params.get(ListParameters.DIR));
    }

    public Links getLinks() {
        return links;
    }

    public String getName() {
        return name;
    }

    /** {@code aria-sort} of a column header. */
    public String ariaSort(String key) {
        return key.equals(sort) ? (ascending ? "ascending" : "descending") : null;
    }

    public String sortLink(String key) {
        return links.sortBy(key, sort, ascending);
    }
}
