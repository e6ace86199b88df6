package org.beamcat.portal.cart.adapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.portal.cart.CartCatalogue;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.IcatCalls;

/**
 * {@link CartCatalogue} over icat-client with the caller's session: an item the caller may not read is not found,
 * exactly as one that does not exist. One query per item added; at most three COUNTs for a cart.
 */
@ApplicationScoped
public class IcatCartCatalogue implements CartCatalogue {

    @Inject
    IcatClient icat;

    @Override
    public Optional<CartItem> readable(String sessionId, ItemKind kind, long id) throws CatalogueException {
        IcatQuery query = switch (kind) {
            case INVESTIGATION -> IcatQuery.of("SELECT i.id, i.name FROM Investigation i WHERE i.id = :id");
            case DATASET -> IcatQuery.of("SELECT d.id, d.name, d.investigation.id FROM Dataset d WHERE d.id = :id");
            case DATAFILE -> IcatQuery.of("SELECT f.id, f.name, f.dataset.investigation.id, f.dataset.id"
                    + " FROM Datafile f WHERE f.id = :id");
        };
        JsonArray rows = search(sessionId, query.with("id", id));
        if (rows.isEmpty() || rows.get(0).getValueType() != JsonValue.ValueType.ARRAY) {
            return Optional.empty();
        }
        JsonArray row = rows.getJsonArray(0);
        String name = row.get(1).getValueType() == JsonValue.ValueType.STRING ? row.getString(1) : kind.label() + " " + id;
        long investigationId = kind == ItemKind.INVESTIGATION ? id : number(row.get(2));
        long datasetId = kind == ItemKind.DATAFILE ? number(row.get(3)) : 0;
        return Optional.of(new CartItem(kind, id, name, investigationId, datasetId));
    }

    @Override
    public long fileCount(String sessionId, List<CartItem> items) throws CatalogueException {
        long count = 0;
        count += count(sessionId, items, ItemKind.INVESTIGATION, "f.dataset.investigation.id");
        count += count(sessionId, items, ItemKind.DATASET, "f.dataset.id");
        count += count(sessionId, items, ItemKind.DATAFILE, "f.id");
        return count;
    }

    private long count(String sessionId, List<CartItem> items, ItemKind kind, String path) throws CatalogueException {
        List<Long> ids = items.stream().filter(i -> i.kind() == kind).map(CartItem::id).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        // The path is one of three constants above, never a caller's value.
        return IcatCalls.count(icat, sessionId, IcatQuery.of("SELECT COUNT(f) FROM Datafile f WHERE " + path + " IN :ids")
                .withNumbers("ids", ids));
    }

    private static long number(JsonValue value) {
        return value instanceof JsonNumber n ? n.longValue() : 0;
    }

    private JsonArray search(String sessionId, IcatQuery query) throws CatalogueException {
        return IcatCalls.search(icat, sessionId, query);
    }
}
