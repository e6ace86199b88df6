package org.beamcat.landing.sessions;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.InvalidDoiMetadataException;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * Mints one DOI per ended experiment session: every investigation with an end date in the past and no DOI
 * gets its record built, minted ({@link DoiMinter}: a DOI the registrar already holds is reused) and then
 * stored in the catalogue. Re-runnable at any point: an investigation leaves the work list only once its
 * DOI is stored, and a failure to mint or store one investigation's DOI (invalid record, registrar,
 * catalogue write) is reported and left for the next run without stopping the others. A failure to read the
 * work list or an investigation stops the run.
 */
public final class SessionMinting {

    private static final Logger LOG = Logger.getLogger(SessionMinting.class.getName());

    private final SessionCatalogue catalogue;
    private final DoiMinter minter;
    private final SessionMetadataBuilder builder;
    private final Clock clock;

    /** What one run did: DOIs minted and stored, investigations not yet ended, failures (retried next run). */
    public record Result(List<String> minted, List<Long> notEnded, List<String> failed) {
    }

    public SessionMinting(SessionCatalogue catalogue, DoiMinter minter, SessionMetadataBuilder builder, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.minter = Objects.requireNonNull(minter, "minter");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws IcatException when the work list or an investigation cannot be read */
    public Result mintEnded() throws IcatException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> minted = new ArrayList<>();
        List<Long> notEnded = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (long id : catalogue.withoutDoi()) {
            Optional<JsonObject> investigation = catalogue.investigation(id);
            if (investigation.isEmpty() || investigation.get().containsKey("doi")) {
                continue;
            }
            if (SessionMetadataBuilder.endTime(investigation.get()).map(end -> end.isAfter(now)).orElse(true)) {
                notEnded.add(id);
                continue;
            }
            try {
                DoiMetadata metadata = builder.build(investigation.get());
                Doi doi = minter.mint(metadata).doi();
                catalogue.storeDoi(id, doi);
                minted.add(doi.toString());
                LOG.info("minted " + doi + " for investigation " + id);
            } catch (InvalidDoiMetadataException | RegistrarException | IcatException e) {
                failed.add(id + ": " + e.getMessage());
                LOG.log(Level.WARNING, "could not mint a DOI for investigation " + id + "; the next run tries again", e);
            }
        }
        return new Result(List.copyOf(minted), List.copyOf(notEnded), List.copyOf(failed));
    }
}
