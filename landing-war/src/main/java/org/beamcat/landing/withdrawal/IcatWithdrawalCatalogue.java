package org.beamcat.landing.withdrawal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;

/** {@link WithdrawalCatalogue} over icat-client, as the DOI service's own user ({@link ServiceCatalogue}). */
@ApplicationScoped
public class IcatWithdrawalCatalogue implements WithdrawalCatalogue {

    @Inject
    ServiceCatalogue service;

    @Inject
    DoiParameterTypes types;

    @Override
    public Optional<DoiHolder> holderOf(Doi doi) throws IcatException {
        JsonArray investigation = service.search(IcatQuery.of("SELECT i FROM Investigation i WHERE i.doi = :doi"
                + " INCLUDE i.facility").with("doi", doi.toString()));
        if (!investigation.isEmpty()) {
            JsonObject row = investigation.getJsonObject(0).getJsonObject("Investigation");
            return Optional.of(new DoiHolder("Investigation", row.getJsonNumber("id").longValue(),
                    row.getJsonObject("facility").getJsonNumber("id").longValue()));
        }
        JsonArray collection = service.search(IcatQuery.of("SELECT dc.id FROM DataCollection dc WHERE dc.doi = :doi")
                .with("doi", doi.toString()));
        if (collection.isEmpty()) {
            return Optional.empty();
        }
        long id = collection.getJsonNumber(0).longValue();
        JsonArray facility = service.search(IcatQuery.of("SELECT DISTINCT f.id FROM Facility f JOIN f.investigations i"
                + " JOIN i.datasets ds JOIN ds.dataCollectionDatasets dcd JOIN dcd.dataCollection dc WHERE dc.id = :id")
                .with("id", id));
        if (facility.isEmpty()) {
            throw new IcatException("data collection " + id + " with DOI " + doi + " has no datasets", null);
        }
        return Optional.of(new DoiHolder("DataCollection", id, facility.getJsonNumber(0).longValue()));
    }

    @Override
    public Optional<String> reason(DoiHolder holder) throws IcatException {
        JsonArray found = service.search(IcatQuery.of(holder.isInvestigation()
                ? "SELECT p.stringValue FROM InvestigationParameter p WHERE p.investigation.id = :id AND p.type.name = :type"
                : "SELECT p.stringValue FROM DataCollectionParameter p WHERE p.dataCollection.id = :id"
                        + " AND p.type.name = :type").with("id", holder.id()).with("type", DoiParameterTypes.WITHDRAWN));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getString(0));
    }

    @Override
    public void record(DoiHolder holder, String reason) throws IcatException {
        long type = types.ensure(DoiParameterTypes.WITHDRAWN, holder.facilityId());
        service.account().create(holder.parameterEntity(), Json.createObjectBuilder()
                .add(holder.backReference(), Json.createObjectBuilder().add("id", holder.id()))
                .add("type", Json.createObjectBuilder().add("id", type))
                .add("stringValue", reason)
                .build());
    }
}
