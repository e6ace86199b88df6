package org.beamcat.landing.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.collections.CollectionMinting;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.embargo.EmbargoRelease;
import org.beamcat.landing.registrar.DoiMinter;
import org.beamcat.landing.sessions.SessionCatalogue;
import org.beamcat.landing.sessions.SessionMetadataBuilder;
import org.beamcat.landing.sessions.SessionMinting;

/**
 * Mints one DOI per ended experiment session (investigation with an end date in the past and no DOI),
 * finishes data-collection DOIs whose minting was interrupted and opens data whose embargo is over
 * ({@link EmbargoRelease}), every {@code beamcat.doi.mint-interval-minutes} and on demand (POST /doi/admin/mint-sessions).
 *
 * <p>Re-runnable at any point: the DOI name comes from the investigation id, {@link DoiMinter} reuses a
 * DOI the registrar already holds, and an investigation drops out of the work list only once its DOI is
 * stored in the catalogue. Runs one at a time (container-managed write lock); the timer does not
 * persist, so a restart simply starts a new interval.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class SessionDoiJob {

    private static final Logger LOG = Logger.getLogger(SessionDoiJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DoiJobSettings jobSettings;

    @Inject
    LandingSettings settings;

    @Inject
    SessionCatalogue catalogue;

    @Inject
    DoiMinter minter;

    @Inject
    CollectionMinting collections;

    @Inject
    EmbargoRelease embargoes;

    private Clock clock = Clock.systemUTC();

    /**
     * What one run did: DOIs minted and stored, investigations not yet ended, failures (retried next run),
     * investigations given a release date and public read rules created (embargo opening).
     */
    public record Report(List<String> minted, List<Long> notEnded, List<String> failed, List<Long> releaseDatesSet,
            int publicRulesCreated) {
    }

    @PostConstruct
    void schedule() {
        long interval = jobSettings.mintIntervalMinutes() * 60_000L;
        // The first run waits one interval, so deployment never depends on the catalogue being up.
        timers.createIntervalTimer(interval, interval, new TimerConfig("session DOIs", false));
        LOG.info("session DOI job: every " + jobSettings.mintIntervalMinutes() + " min, suffix "
                + jobSettings.sessionSuffix());
    }

    @Timeout
    void onTimer(Timer timer) {
        try {
            Report report = mintEndedSessions();
            LOG.info("session DOI job: " + report);
        } catch (IcatException | RuntimeException e) {
            LOG.log(Level.WARNING, "session DOI job failed; the next run tries again", e);
        }
    }

    public SessionMetadataBuilder builder() {
        return SessionMetadataBuilder.of(settings, jobSettings);
    }

    public Report mintEndedSessions() throws IcatException {
        List<String> failed = new ArrayList<>();
        // Release dates first, so the DOIs minted below carry the same Available date the catalogue opens at.
        EmbargoRelease.Report released = new EmbargoRelease.Report(List.of(), 0);
        try {
            released = embargoes.run();
        } catch (IcatException e) {
            failed.add("embargo opening: " + e.getMessage());
            LOG.log(Level.WARNING, "embargo opening failed; the next run tries again", e);
        }
        SessionMinting.Result sessions = new SessionMinting(catalogue, minter, builder(), clock).mintEnded();
        List<String> minted = new ArrayList<>(sessions.minted());
        failed.addAll(sessions.failed());
        // Data collections whose minting was interrupted (crash, registrar outage) are finished here too.
        collections.mintPending(minted, failed);
        return new Report(minted, sessions.notEnded(), failed, released.releaseDatesSet(), released.rulesCreated());
    }
}
