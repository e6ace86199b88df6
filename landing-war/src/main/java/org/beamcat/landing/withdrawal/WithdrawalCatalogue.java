package org.beamcat.landing.withdrawal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;

/** Where a DOI lives in the catalogue, and the {@code doi.withdrawn} parameter that marks its tombstone. */
@ApplicationScoped
public class WithdrawalCatalogue {

    @Inject
    ServiceCatalogue service;

    @Inject
    DoiParameterTypes types;

    /** The investigation or data collection carrying this DOI, if any. */
    public Optional<DoiHolder> holderOf(Doi doi) throws IcatException {
        String literal = ServiceCatalogue.quote(doi.toString());
        JsonArray investigation = search("SELECT i FROM Investigation i WHERE i.doi = " + literal
                + " INCLUDE i.facility");
        if (!investigation.isEmpty()) {
            JsonObject row = investigation.getJsonObject(0).getJsonObject("Investigation");
            return Optional.of(new DoiHolder("Investigation", row.getJsonNumber("id").longValue(),
                    row.getJsonObject("facility").getJsonNumber("id").longValue()));
        }
        JsonArray collection = search("SELECT dc.id FROM DataCollection dc WHERE dc.doi = " + literal);
        if (collection.isEmpty()) {
            return Optional.empty();
        }
        long id = collection.getJsonNumber(0).longValue();
        JsonArray facility = search("SELECT DISTINCT f.id FROM Facility f JOIN f.investigations i JOIN i.datasets ds"
                + " JOIN ds.dataCollectionDatasets dcd JOIN dcd.dataCollection dc WHERE dc.id = " + id);
        if (facility.isEmpty()) {
            throw new IcatException("data collection " + id + " with DOI " + doi + " has no datasets", null);
        }
        return Optional.of(new DoiHolder("DataCollection", id, facility.getJsonNumber(0).longValue()));
    }

    /** The recorded withdrawal reason, if the DOI was withdrawn already. */
    public Optional<String> reason(DoiHolder holder) throws IcatException {
        JsonArray found = search("SELECT p.stringValue FROM " + holder.parameterEntity() + " p WHERE p."
                + holder.backReference() + ".id = " + holder.id() + " AND p.type.name = '"
                + DoiParameterTypes.WITHDRAWN + "'");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getString(0));
    }

    /** Records the withdrawal; its createTime is the withdrawal date the tombstone shows. */
    public void record(DoiHolder holder, String reason) throws IcatException {
        long type = types.ensure(DoiParameterTypes.WITHDRAWN, holder.facilityId());
        service.call(session -> service.client().create(session, holder.parameterEntity(), Json.createObjectBuilder()
                .add(holder.backReference(), Json.createObjectBuilder().add("id", holder.id()))
                .add("type", Json.createObjectBuilder().add("id", type))
                .add("stringValue", reason)
                .build()));
    }

    private JsonArray search(String query) throws IcatException {
        return service.call(session -> service.client().search(session, query));
    }
}
