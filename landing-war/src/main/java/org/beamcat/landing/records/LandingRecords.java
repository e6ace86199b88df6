package org.beamcat.landing.records;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingCacheSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * Finds what a DOI of this service names: the investigation carrying it (experiment session) or else the
 * data collection carrying it, with embargo end and withdrawal, and the pages of its datasets, through a
 * small cache ({@link LandingRecordCache}, {@code beamcat.doi.landing-cache.*}) so repeated views do not ask
 * the catalogue; withdrawal and embargo opening clear it. Not through SessionDoiJob: its lock is held for a
 * whole minting run, and pages must not wait for it.
 */
@ApplicationScoped
public class LandingRecords {

    @Inject
    LandingCatalogue catalogue;

    @Inject
    LandingSettings settings;

    @Inject
    DoiJobSettings jobSettings;

    @Inject
    LandingCacheSettings cacheSettings;

    @Inject
    LandingMetrics metrics;

    private LandingRecordCache cache;

    @PostConstruct
    void startCache() {
        cache = new LandingRecordCache(cacheSettings.timeToLive(), cacheSettings.maxDois(), Clock.systemUTC());
        metrics.watch(cache);
    }

    /** The record of this DOI, from the cache while it is fresh. */
    public Optional<LandingRecord> find(Doi doi) throws IcatException {
        return cache.record(doi, () -> lookUp(doi));
    }

    /** One page of the datasets behind the record, from the cache while the record is fresh. */
    public DatasetPage datasets(LandingRecord record, int page) throws IcatException {
        return cache.datasets(record, page, () -> catalogue.datasets(record.kind(), record.entityId(), page));
    }

    /** The DOI changed (withdrawn): the next view reads the catalogue. */
    public void forget(Doi doi) {
        cache.forget(doi);
    }

    /** Embargoes were opened: every next view reads the catalogue. */
    public void forgetAll() {
        cache.forgetAll();
    }

    private Optional<LandingRecord> lookUp(Doi doi) throws IcatException {
        SessionMetadataBuilder builder = SessionMetadataBuilder.of(settings, jobSettings);
        Optional<JsonObject> investigation = catalogue.investigationWithDoi(doi);
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
}
