package org.beamcat.icat.server.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * Members' names are indexed with their investigation (so "data of Jane Doe" can be searched, as ICAT's
 * {@code user}/{@code userFullName} allow), but they are values of InvestigationUser and User rows, which a caller
 * who may read an investigation need not be allowed to read (public steps, released data). So for anyone but root
 * they never leave the server: they are taken out of each hit's {@code source}, and a facet over them is refused.
 */
final class MemberFields {

    static final Set<String> FIELDS = Set.of(DocumentFields.USER_NAME, DocumentFields.USER_FULL_NAME);

    private MemberFields() {
    }

    /** Refuses a facet over members' names for a caller who is not root. */
    static void checkFacets(Caller caller, SearchQuery query) throws IcatServerException {
        if (caller.root()) {
            return;
        }
        for (SearchQuery.FacetRequest facet : query.facets()) {
            if (FIELDS.contains(facet.field())) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        "Facets over investigation members' names are only available to root users");
            }
        }
    }

    /** The page with members' names taken out of every hit's source, unless the caller is root. */
    static SearchPage withoutNames(Caller caller, SearchPage page) {
        if (caller.root()) {
            return page;
        }
        List<SearchPage.Hit> hits = page.hits().stream().map(MemberFields::withoutNames).toList();
        return new SearchPage(hits, page.total(), page.facets(), page.next());
    }

    private static SearchPage.Hit withoutNames(SearchPage.Hit hit) {
        Map<String, List<String>> source = new LinkedHashMap<>(hit.source());
        source.keySet().removeAll(FIELDS);
        return new SearchPage.Hit(hit.id(), hit.score(), source);
    }
}
