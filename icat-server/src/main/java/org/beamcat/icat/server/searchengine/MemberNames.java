package org.beamcat.icat.server.searchengine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * Members' names are indexed with their investigation, so that ICAT's {@code user} and {@code userFullName} find it,
 * but they are values of InvestigationUser and User rows, which a caller who may read the investigation (public
 * steps, released data) need not be allowed to read. So every adapter keeps them inside the engine for a caller who
 * does not read everything: they are left out of each hit's source, and a facet or a sort over them is refused (a
 * sort would hand them out in the search-after cursor).
 */
public final class MemberNames {

    public static final Set<String> FIELDS = Set.of(DocumentFields.USER_NAME, DocumentFields.USER_FULL_NAME);

    private MemberNames() {
    }

    /** Refuses facets and sort keys over members' names for a caller who does not read everything. */
    public static void check(SearchQuery query, ReadableFilter readable) throws IcatServerException {
        if (readable.readsEverything()) {
            return;
        }
        for (SearchQuery.FacetRequest facet : query.facets()) {
            if (FIELDS.contains(facet.field())) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        "Facets over investigation members' names are only available to root users");
            }
        }
        for (SearchQuery.SortKey key : query.sort()) {
            if (FIELDS.contains(key.field())) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        "Sorting by investigation members' names is only available to root users");
            }
        }
    }

    /** The stored fields a caller gets back: without members' names unless the caller reads everything. */
    public static Map<String, List<String>> shown(Map<String, List<String>> source, ReadableFilter readable) {
        if (readable.readsEverything()) {
            return source;
        }
        Map<String, List<String>> shown = new LinkedHashMap<>(source);
        shown.keySet().removeAll(FIELDS);
        return shown;
    }
}
