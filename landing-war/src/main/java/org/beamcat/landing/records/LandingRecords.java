package org.beamcat.landing.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.registrar.Doi;
import org.beamcat.landing.sessions.SessionCatalogue;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * Finds what a DOI of this service names: the investigation carrying it (experiment session) or else the
 * data collection carrying it, with embargo end and withdrawal. Not through SessionDoiJob: its lock is held
 * for a whole minting run, and pages must not wait for it.
 */
@ApplicationScoped
public class LandingRecords {

    @Inject
    SessionCatalogue sessions;

    @Inject
    LandingCatalogue catalogue;

    @Inject
    LandingSettings settings;

    @Inject
    DoiJobSettings jobSettings;

    public Optional<LandingRecord> find(Doi doi) throws IcatException {
        SessionMetadataBuilder builder = SessionMetadataBuilder.of(settings, jobSettings);
        Optional<JsonObject> investigation = sessions.investigationWithDoi(doi);
        if (investigation.isPresent()) {
            JsonObject i = investigation.get();
            long id = i.getJsonNumber("id").longValue();
            return Optional.of(new LandingRecord(builder.build(i, doi), LandingRecord.Kind.SESSION, id,
                    builder.availableDate(i),
                    catalogue.investigationWithdrawal(id).flatMap(CollectionRecordBuilder::withdrawalOf)));
        }
        Optional<JsonObject> collection = catalogue.collectionWithDoi(doi);
        if (collection.isEmpty()) {
            return Optional.empty();
        }
        long id = collection.get().getJsonNumber("id").longValue();
        return Optional.of(new CollectionRecordBuilder(settings.publisher(), builder)
                .build(collection.get(), doi, catalogue.investigationsOfCollection(id)));
    }

    /** One page of the datasets behind the record. */
    public DatasetPage datasets(LandingRecord record, int page) throws IcatException {
        return catalogue.datasets(record.kind(), record.entityId(), page);
    }
}
