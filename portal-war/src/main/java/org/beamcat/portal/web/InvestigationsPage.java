package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.browse.ListParameters;
import org.beamcat.portal.browse.NoSuchPage;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.InvestigationRow;
import org.beamcat.portal.catalogue.InvestigationScope;
import org.beamcat.portal.catalogue.Page;

/**
 * {@code /investigations.xhtml?scope=mine|public|all&page=&sort=&dir=&name=}: one page of a list of
 * investigations, sorted and filtered by the catalogue.
 */
@Named
@RequestScoped
public class InvestigationsPage {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    private InvestigationScope scope;
    private Page<InvestigationRow> page;
    private Links links;
    private String sort;
    private boolean ascending;
    private String name;

    public void load() {
        Map<String, String> params = PageParameters.current();
        try {
            scope = Browse.scope(params);
            if (scope == InvestigationScope.ALL && !userSession.isSeesEverything()
                    || scope == InvestigationScope.MINE && userSession.isAnonymous()) {
                Responses.notFound();
                return;
            }
            page = browse.investigations(userSession.caller(), scope, params);
        } catch (InvalidParameter e) {
            Responses.badRequest();
            return;
        } catch (NoSuchPage e) {
            Responses.notFound();
            return;
        } catch (CatalogueException e) {
            Responses.failed(e, userSession);
            return;
        }
        sort = params.getOrDefault(ListParameters.SORT, "start");
        ascending = params.containsKey(ListParameters.DIR) ? "asc".equals(params.get(ListParameters.DIR))
                : params.containsKey(ListParameters.SORT);
        name = params.get(ListParameters.NAME);
        links = Links.forList(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/investigations.xhtml", scope == InvestigationScope.MINE ? Map.of()
                : Map.of("scope", scope.name().toLowerCase(Locale.ROOT)), params);
    }

    public String getScope() {
        return scope == null ? "mine" : scope.name().toLowerCase(Locale.ROOT);
    }

    public String getHeading() {
        return switch (scope) {
            case MINE -> "My investigations";
            case PUBLIC -> "Public data";
            case ALL -> "Every investigation you can read";
        };
    }

    public Page<InvestigationRow> getPage() {
        return page;
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
