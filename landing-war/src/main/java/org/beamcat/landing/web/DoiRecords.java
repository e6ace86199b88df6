package org.beamcat.landing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.registrar.Doi;
import org.beamcat.landing.registrar.metadata.DoiMetadata;
import org.beamcat.landing.sessions.SessionCatalogue;
import org.beamcat.landing.sessions.SessionDoiJob;

/** Finds the record behind a DOI of this service: the catalogue's investigation carrying it. */
@ApplicationScoped
public class DoiRecords {

    @Inject
    SessionCatalogue catalogue;

    @Inject
    SessionDoiJob job;

    public Optional<DoiMetadata> find(Doi doi) throws IcatException {
        return catalogue.investigationWithDoi(doi).map(i -> job.builder().build(i, doi));
    }
}
