package org.beamcat.landing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.registrar.Doi;
import org.beamcat.landing.registrar.metadata.DoiMetadata;
import org.beamcat.landing.sessions.SessionCatalogue;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/** Finds the record behind a DOI of this service: the catalogue's investigation carrying it. */
@ApplicationScoped
public class DoiRecords {

    @Inject
    SessionCatalogue catalogue;

    // Not through SessionDoiJob: its lock is held for a whole minting run, and pages must not wait for it.
    @Inject
    LandingSettings settings;

    @Inject
    DoiJobSettings jobSettings;

    public Optional<DoiMetadata> find(Doi doi) throws IcatException {
        SessionMetadataBuilder builder = SessionMetadataBuilder.of(settings, jobSettings);
        return catalogue.investigationWithDoi(doi).map(i -> builder.build(i, doi));
    }
}
