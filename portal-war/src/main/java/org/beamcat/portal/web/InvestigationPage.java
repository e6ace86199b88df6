package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.DatasetView;
import org.beamcat.portal.browse.ListParameters;
import org.beamcat.portal.catalogue.InvestigationDetail;
import org.beamcat.portal.catalogue.Page;

/**
 * {@code /investigation.xhtml?id=&page=&sort=&dir=&name=}: an investigation (title, summary, proposal, beamlines,
 * dates, members, samples, parameters, session DOI, embargo) and one page of its datasets with their storage state.
 */
@Named
@RequestScoped
public class InvestigationPage extends ListPage {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    private InvestigationDetail investigation;
    private Page<DatasetView> datasets;

    public void load() {
        Map<String, String> params = PageParameters.current();
        if (!Responses.read(userSession, () -> {
            long id = ListParameters.id(params, "id");
            investigation = browse.investigation(userSession.caller(), id);
            datasets = browse.datasets(userSession.caller(), id, params);
        })) {
            return;
        }
        showList("/investigation.xhtml", Map.of("id", Long.toString(investigation.id())), params, "name",
                ascendingUnlessDesc(params));
    }

    public InvestigationDetail getInvestigation() {
        return investigation;
    }

    public Page<DatasetView> getDatasets() {
        return datasets;
    }

    /** The landing page of the session DOI, or null when it has none (or not a DOI). */
    public String getDoiLink() {
        return DoiLinks.landingPath(investigation.doi());
    }
}
