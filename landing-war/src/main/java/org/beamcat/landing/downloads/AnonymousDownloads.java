package org.beamcat.landing.downloads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DownloadSettings;
import org.beamcat.landing.downloads.DownloadRefused.Reason;
import org.beamcat.landing.records.LandingCatalogue;
import org.beamcat.landing.records.LandingRecord;

/**
 * Hands a visitor the open data of a DOI: checks embargo and withdrawal, logs in to the catalogue with the
 * anonymous authenticator and asks the IDS to prepare a zip as that user, then gives the IDS link of the
 * prepared data. The anonymous session, not the DOI service's root account, makes the IDS apply the
 * catalogue's rules: a visitor gets exactly what the rules make public, even if this service errs on dates.
 */
@ApplicationScoped
public class AnonymousDownloads {

    private static final Logger LOG = Logger.getLogger(AnonymousDownloads.class.getName());

    @Inject
    IcatClient icat;

    @Inject
    LandingCatalogue catalogue;

    @Inject
    IdsPreparer ids;

    @Inject
    DownloadSettings settings;

    /** The IDS URL of a zip of the whole DOI, or of one of its datasets. */
    public URI link(LandingRecord record, Optional<Long> datasetId, LocalDate today) throws DownloadRefused {
        if (record.withdrawn()) {
            throw new DownloadRefused(Reason.WITHDRAWN, record.metadata().doi() + " was withdrawn on "
                    + record.withdrawal().get().date() + "; its data are no longer offered");
        }
        if (record.underEmbargo(today)) {
            throw new DownloadRefused(Reason.EMBARGOED, "the data of " + record.metadata().doi() + " are under embargo"
                    + record.embargoEnd().map(d -> " until " + d).orElse(""));
        }
        IdsPreparer.Selection selection;
        try {
            if (datasetId.isPresent()) {
                if (!catalogue.hasDataset(record.kind(), record.entityId(), datasetId.get())) {
                    throw new DownloadRefused(Reason.NOT_FOUND, "dataset " + datasetId.get() + " is not part of "
                            + record.metadata().doi());
                }
                selection = IdsPreparer.Selection.datasets(List.of(datasetId.get()));
            } else if (record.kind() == LandingRecord.Kind.SESSION) {
                selection = IdsPreparer.Selection.investigation(record.entityId());
            } else {
                List<Long> datasets = catalogue.collectionDatasetIds(record.entityId());
                if (datasets.isEmpty()) {
                    throw new DownloadRefused(Reason.NOT_FOUND, record.metadata().doi() + " has no datasets");
                }
                selection = IdsPreparer.Selection.datasets(datasets);
            }
        } catch (IcatException e) {
            throw new DownloadRefused(Reason.UNAVAILABLE, "the catalogue did not answer: " + e.getMessage());
        }
        String session;
        try {
            session = icat.login(settings.anonymousAuthenticator(), Map.of());
        } catch (IcatException e) {
            throw new DownloadRefused(Reason.UNAVAILABLE, "anonymous login to the catalogue failed: " + e.getMessage());
        }
        try {
            String preparedId = ids.prepare(session, selection);
            String name = record.metadata().doi().suffix().replaceAll("[^A-Za-z0-9._-]", "_")
                    + datasetId.map(id -> "-dataset-" + id).orElse("");
            return ids.getData(preparedId, name);
        } finally {
            try {
                icat.logout(session);
            } catch (IcatException e) {
                LOG.log(Level.FINE, "anonymous session logout failed (it expires anyway)", e);
            }
        }
    }
}
