package org.beamcat.demo.showcase;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/**
 * What a newcomer should see in the first five minutes besides the catalogue: one demo dataset ARCHIVED
 * (to watch a restore) and one ended demo session with its DOI (to open a landing page). Alice's
 * MA-4321 is the showcase: she owns both, so one login shows both.
 */
public final class DemoShowcase {

    public static final String INVESTIGATION = "MA-4321";
    public static final String ARCHIVED_DATASET = "Ti64_annealed_0001";
    /** How long, in seconds, the loader waits for the IDS to do the archive (its queue ticks every few seconds). */
    static final int ARCHIVE_WAIT_SECONDS = 180;

    private final CatalogueAccount catalogue;
    private final String facility;
    private final URI idsUrl;
    private final URI doiUrl;

    /**
     * @param facility the demo facility's name
     * @param idsUrl   the IDS, or null to leave storage alone
     * @param doiUrl   the DOI service, or null to leave DOIs alone
     */
    public DemoShowcase(CatalogueAccount catalogue, String facility, URI idsUrl, URI doiUrl) {
        this.catalogue = catalogue;
        this.facility = facility;
        this.idsUrl = idsUrl;
        this.doiUrl = doiUrl;
    }

    /** Brings the demo to that state (idempotent); one outcome per step asked for. */
    public List<ShowcaseOutcome> ensure() throws IcatException, IOException, InterruptedException {
        List<ShowcaseOutcome> outcomes = new ArrayList<>();
        if (idsUrl != null) {
            outcomes.add(archive().ensureArchived(datasetId(), ARCHIVED_DATASET));
        }
        if (doiUrl != null) {
            outcomes.add(new DemoSessionDoi(new DoiServiceSessionDois(catalogue, doiUrl))
                    .ensureDoi(investigationId(), INVESTIGATION));
        }
        return outcomes;
    }

    /** The state as it is, changing nothing. */
    public List<ShowcaseOutcome> describe() throws IcatException, IOException {
        List<ShowcaseOutcome> outcomes = new ArrayList<>();
        if (idsUrl != null) {
            outcomes.add(archive().describe(datasetId(), ARCHIVED_DATASET));
        }
        if (doiUrl != null) {
            outcomes.add(new DemoSessionDoi(new DoiServiceSessionDois(catalogue, doiUrl))
                    .describe(investigationId(), INVESTIGATION));
        }
        return outcomes;
    }

    private ArchivedDemoDataset archive() throws IcatException {
        return new ArchivedDemoDataset(new IdsStorageLevels(idsUrl, catalogue.call(session -> session)), Pause.real(),
                ARCHIVE_WAIT_SECONDS);
    }

    private long investigationId() throws IcatException {
        return catalogue.findNumber(IcatQuery.of("SELECT i.id FROM Investigation i JOIN i.facility f"
                + " WHERE i.name = :name AND f.name = :facility").with("name", INVESTIGATION).with("facility", facility))
                .orElseThrow(() -> new IllegalStateException("investigation " + INVESTIGATION + " is not in the catalogue"));
    }

    private long datasetId() throws IcatException {
        return catalogue.findNumber(IcatQuery.of("SELECT ds.id FROM Dataset ds JOIN ds.investigation i JOIN i.facility f"
                + " WHERE ds.name = :name AND i.name = :investigation AND f.name = :facility")
                .with("name", ARCHIVED_DATASET).with("investigation", INVESTIGATION).with("facility", facility))
                .orElseThrow(() -> new IllegalStateException("dataset " + ARCHIVED_DATASET + " is not in the catalogue"));
    }
}
