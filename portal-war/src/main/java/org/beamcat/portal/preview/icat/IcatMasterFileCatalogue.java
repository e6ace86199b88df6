package org.beamcat.portal.preview.icat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.IcatCalls;
import org.beamcat.portal.preview.MasterFileCatalogue;

/**
 * {@link MasterFileCatalogue} over icat-client with the caller's own session: two point queries, by the dataset's
 * id and by the (dataset, name) pair the catalogue keeps unique, so a dataset of a million files costs the same.
 */
@ApplicationScoped
public class IcatMasterFileCatalogue implements MasterFileCatalogue {

    @Inject
    IcatClient icat;

    public IcatMasterFileCatalogue() {
    }

    IcatMasterFileCatalogue(IcatClient icat) {
        this.icat = icat;
    }

    @Override
    public Optional<String> datasetLocation(Caller caller, long datasetId) throws CatalogueException {
        JsonArray rows = search(caller, IcatQuery.of("SELECT d.id, d.location FROM Dataset d WHERE d.id = :id")
                .with("id", datasetId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        JsonArray row = rows.get(0).asJsonArray();
        return Optional.of(row.size() > 1 && row.get(1) instanceof JsonString location ? location.getString() : "");
    }

    @Override
    public Optional<String> datafileLocation(Caller caller, long datasetId, String name) throws CatalogueException {
        JsonArray rows = search(caller, IcatQuery.of("SELECT df.location FROM Datafile df"
                + " WHERE df.dataset.id = :id AND df.name = :name").with("id", datasetId).with("name", name));
        for (JsonValue row : rows) {
            if (row instanceof JsonString location && !location.getString().isBlank()) {
                return Optional.of(location.getString());
            }
        }
        return Optional.empty();
    }

    private JsonArray search(Caller caller, IcatQuery query) throws CatalogueException {
        return IcatCalls.search(icat, caller.sessionId(), query);
    }
}
