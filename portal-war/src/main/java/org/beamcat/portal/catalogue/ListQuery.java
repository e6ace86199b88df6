package org.beamcat.portal.catalogue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatQuery;

/**
 * One of the portal's paged lists (investigations, datasets, datafiles) as catalogue queries: a page is a COUNT and
 * a rows query over the same {@code FROM … WHERE}, the rows ordered by the slice's column and then the id (so pages
 * never overlap), {@code LIMIT offset, size}, and the slice's name prefix a bound LIKE in both. The text is made of
 * constants only; every value is bound.
 *
 * @param entity the entity the rows are, as the catalogue names them ({@code Dataset})
 * @param alias its alias in {@code from} ({@code d})
 * @param from {@code FROM … WHERE …} with placeholders, which {@code binding} binds
 * @param include an INCLUDE clause for the rows (with a leading space), or empty
 */
record ListQuery(String entity, String alias, String from, UnaryOperator<IcatQuery> binding, String include) {

    /** The rows of one page, and how many there are in all. */
    record Found(long total, List<JsonObject> rows) {
    }

    Found page(IcatClient icat, Caller caller, Slice<?> slice, String column) throws CatalogueException {
        long total = IcatCalls.count(icat, caller.sessionId(), count(slice));
        List<JsonObject> found = new ArrayList<>();
        for (JsonValue row : IcatCalls.search(icat, caller.sessionId(), rows(slice, column))) {
            found.add(IcatJson.inner(row, entity));
        }
        return new Found(total, found);
    }

    /** How many rows the list has, with the slice's name prefix. */
    IcatQuery count(Slice<?> slice) {
        return withPrefix(binding.apply(IcatQuery.of("SELECT COUNT(" + alias + ")" + where(slice))), slice);
    }

    /** The rows of the slice's page, ordered by {@code column} and then the id, in the slice's direction. */
    IcatQuery rows(Slice<?> slice, String column) {
        String direction = slice.ascending() ? " ASC" : " DESC";
        return withPrefix(binding.apply(IcatQuery.of("SELECT " + alias + where(slice) + " ORDER BY " + column + direction
                + ", " + alias + ".id" + direction + " LIMIT :offset, :size" + include))
                .with("offset", slice.offset()).with("size", slice.size()), slice);
    }

    private String where(Slice<?> slice) {
        return from + (slice.namePrefix().isPresent() ? " AND " + alias + ".name LIKE :prefix ESCAPE '!'" : "");
    }

    private static IcatQuery withPrefix(IcatQuery query, Slice<?> slice) {
        return slice.namePrefix().isPresent() ? query.withLikePrefix("prefix", slice.namePrefix().get()) : query;
    }
}
