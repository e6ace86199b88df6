package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.DatasetView;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.browse.ListParameters;
import org.beamcat.portal.browse.NoSuchPage;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.InvestigationDetail;
import org.beamcat.portal.catalogue.Page;

/**
 * {@code /investigation.xhtml?id=&page=&sort=&dir=&name=}: an investigation (title, summary, proposal, beamlines,
 * dates, members, samples, parameters, session DOI, embargo) and one page of its datasets with their storage state.
 */
@Named
@RequestScoped
public class InvestigationPage {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    private InvestigationDetail investigation;
    private Page<DatasetView> datasets;
    private Links links;
    private String sort;
    private boolean ascending;
    private String name;

    public void load() {
        Map<String, String> params = PageParameters.current();
        try {
            long id = ListParameters.id(params, "id");
            investigation = browse.investigation(userSession.caller(), id);
            datasets = browse.datasets(userSession.caller(), id, params);
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
        sort = params.getOrDefault(ListParameters.SORT, "name");
        ascending = !"desc".equals(params.get(ListParameters.DIR));
        name = params.get(ListParameters.NAME);
        links = Links.forList(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/investigation.xhtml", Map.of("id", Long.toString(investigation.id())), params);
    }

    public InvestigationDetail getInvestigation() {
        return investigation;
    }

    public Page<DatasetView> getDatasets() {
        return datasets;
    }

    public Links getLinks() {
        return links;
    }

    public String getName() {
        return name;
    }

    /** The landing page of the session DOI, or null when it has none (or not a DOI). */
    public String getDoiLink() {
        return DoiLinks.landingPath(investigation.doi());
    }

    public String ariaSort(String key) {
        return key.equals(sort) ? (ascending ? "ascending" : "descending") : null;
    }

    public String sortLink(String key) {
        return links.sortBy(key, sort, ascending);
    }
}
