package org.beamcat.systemtests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every ingestion system test stands on: the catalogue and icat-ear deployed (catalogue first), the
 * demo facility loaded, a unique name per test, dataset folders under the data root ({@link IngestProbe}),
 * and the removal afterwards of what the test registered.
 */
@ExtendWith(ArquillianExtension.class)
abstract class IngestSystemTest extends DeployedBeamCat {

    static final IcatClientCalls ICAT = new IcatClientCalls();

    final IngestProbe probe = new IngestProbe();
    final IngestCleanup cleanup = probe.cleanup;
    final Path dataRoot = probe.dataRoot;
    String unique;


    @BeforeEach
    void loadDemoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeWhatWasRegistered() throws Exception {
        cleanup.run();
    }

    /** A new folder {@code id11/MA-4321/<sample>/<path…>} under the data root, removed from the catalogue after. */
    Path datasetFolder(String sample, String... path) throws IOException {
        return probe.datasetFolder(sample, path);
    }

    String relative(Path folder) {
        return probe.relative(folder);
    }
}
