package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.ListParameters;
import org.beamcat.portal.browse.NoSuchPage;
import org.beamcat.portal.catalogue.InvestigationRow;
import org.beamcat.portal.catalogue.InvestigationScope;
import org.beamcat.portal.catalogue.Page;

/**
 * {@code /investigations.xhtml?scope=mine|public|all&page=&sort=&dir=&name=}: one page of a list of
 * investigations, sorted and filtered by the catalogue.
 */
@Named
@RequestScoped
public class InvestigationsPage extends ListPage {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    private InvestigationScope scope;
    private Page<InvestigationRow> page;

    public void load() {
        Map<String, String> params = PageParameters.current();
        if (!Responses.read(userSession, () -> {
            scope = Browse.scope(params);
            if (scope == InvestigationScope.ALL && !userSession.isSeesEverything()
                    || scope == InvestigationScope.MINE && userSession.isAnonymous()) {
                throw new NoSuchPage("the list " + scope + " is not offered to this caller");
            }
            page = browse.investigations(userSession.caller(), scope, params);
        })) {
            return;
        }
        // newest first unless a sort is asked for
        boolean ascending = params.containsKey(ListParameters.DIR) ? "asc".equals(params.get(ListParameters.DIR))
                : params.containsKey(ListParameters.SORT);
        showList("/investigations.xhtml", scope == InvestigationScope.MINE ? Map.of()
                : Map.of("scope", scope.name().toLowerCase(Locale.ROOT)), params, "start", ascending);
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
}
