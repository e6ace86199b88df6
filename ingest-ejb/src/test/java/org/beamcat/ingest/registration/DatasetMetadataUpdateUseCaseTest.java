package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.config.ChecksumKind;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.messages.UpdateDatasetMetadataMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icatUpdateDatasetMetadata} against the in-memory catalogue and a real data root: the parameter is
 * added or changed on every named dataset in one write, or on none, and each master file follows.
 */
class DatasetMetadataUpdateUseCaseTest {

    private static final long MA4321 = 5;
    private static final String ENERGY = "InstrumentMonochromator_energy";

    @TempDir
    Path root;

    private final InMemoryRegistrationCatalogue rows = new InMemoryRegistrationCatalogue()
            .investigation(MA4321, "MA-4321", null, null, 1, "ID11")
            .parameterType(ENERGY, "keV", "NUMERIC", "instrument/monochromator/energy")
            .dataset(10, "s_0001", "id11/MA-4321/s/s_0001", MA4321, "MA-4321")
            .dataset(11, "s_0002", "id11/MA-4321/s/s_0002", MA4321, "MA-4321")
            .datafile(10, "id11/MA-4321/s/s_0001/a.dat");
    private final InMemoryRegisteredDatasets datasets = new InMemoryRegisteredDatasets(rows);
    private DatasetMetadataUpdate update;

    @BeforeEach
    void folders() throws Exception {
        Files.write(Files.createDirectories(root.resolve("id11/MA-4321/s/s_0001")).resolve("a.dat"), new byte[3]);
        Files.createDirectories(root.resolve("id11/MA-4321/s/s_0002"));
        CataloguePorts ports = datasets.ports();
        update = new DatasetMetadataUpdate(ports, root, new MasterFileRefresh(ports, root, ChecksumKind.NONE, 100));
    }

    private UpdateDatasetMetadataMessage message(String beamline, String value, String... folders) {
        return new UpdateDatasetMetadataMessage("MA-4321", beamline,
                List.of(folders).stream().map(f -> root.resolve(f).toString()).toList(), ENERGY, value);
    }

    private ParameterTypeInfo energyType() {
        return rows.parameterTypes.get(0);
    }

    @Test
    void addsTheParameterWhereTheDatasetHasNoneAndWritesTheMasterFileWithIt() throws Exception {
        DatasetMetadataUpdate.Updated updated = update.apply(message("ID11", "43.35", "id11/MA-4321/s/s_0001"));

        assertEquals(1, updated.added());
        assertEquals(0, updated.changed());
        assertEquals(List.of(43.35), datasets.parametersOf(10).stream().map(p -> p.value()).toList());
        assertEquals(0, updated.masterFilesNotWritten());
        Path master = root.resolve("id11/MA-4321/s/s_0001").resolve(MasterFile.fileName(root.resolve("id11/MA-4321/s/s_0001")));
        try (HdfFile file = new HdfFile(master)) {
            assertEquals(43.35, file.getDatasetByPath("/entry/instrument/monochromator/energy").getData());
        }
        assertTrue(rows.datafilesOf(10).stream().anyMatch(f -> f.location().endsWith(master.getFileName().toString())),
                "the master file is registered");
    }

    @Test
    void changesAnExistingValueAndKeepsOneParameter() throws Exception {
        datasets.parameter(10, energyType(), 20.0);
        DatasetMetadataUpdate.Updated updated = update.apply(message("id11", "50.5", "id11/MA-4321/s/s_0001"));

        assertEquals(0, updated.added());
        assertEquals(1, updated.changed());
        assertEquals(List.of(50.5), datasets.parametersOf(10).stream().map(p -> p.value()).toList());
    }

    @Test
    void aFolderNamedTwiceIsSetOnce() throws Exception {
        DatasetMetadataUpdate.Updated updated = update.apply(message("ID11", "1.5", "id11/MA-4321/s/s_0001",
                "id11/MA-4321/s/s_0002", "id11/MA-4321/s/s_0001"));
        assertEquals(2, updated.added());
        assertEquals(1, datasets.parametersOf(10).size());
        assertEquals(1, datasets.parametersOf(11).size());
        assertEquals(2, updated.masterFiles().size());
    }

    @Test
    void oneUnknownFolderChangesNothing() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class, () -> update.apply(
                message("ID11", "43.35", "id11/MA-4321/s/s_0001", "id11/MA-4321/s/s_0009")));
        assertTrue(refused.getMessage().contains("no dataset of proposal MA-4321 is registered at"), refused.getMessage());
        assertEquals(List.of(), rows.writes);
        assertEquals(List.of(), datasets.parameters);
    }

    @Test
    void aDatasetOnAnotherBeamlineIsRefusedWithItsBeamline() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> update.apply(message("ID15", "43.35", "id11/MA-4321/s/s_0001")));
        assertTrue(refused.getMessage().contains("is not on beamline ID15 (its investigation is on ID11)"),
                refused.getMessage());
        assertEquals(List.of(), rows.writes);
    }

    @Test
    void aValueThatDoesNotFitTheTypeIsRefusedBeforeAnyWrite() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> update.apply(message("ID11", "high", "id11/MA-4321/s/s_0001")));
        assertTrue(refused.getMessage().contains("is not a number"), refused.getMessage());
        assertEquals(List.of(), rows.writes);
    }

    @Test
    void aPermanentRefusalOfTheCatalogueIsARejectionAndATransientOneIsRetried() {
        datasets.failSetParameters = IcatErrorType.INSUFFICIENT_PRIVILEGES;
        assertThrows(RegistrationRejected.class, () -> update.apply(message("ID11", "1", "id11/MA-4321/s/s_0001")));
        datasets.failSetParameters = IcatErrorType.INTERNAL;
        assertThrows(IcatException.class, () -> update.apply(message("ID11", "1", "id11/MA-4321/s/s_0001")));
        assertEquals(List.of(), datasets.parameters);
        assertFalse(Files.exists(root.resolve("id11/MA-4321/s/s_0001")
                .resolve(MasterFile.fileName(root.resolve("id11/MA-4321/s/s_0001")))), "no master file without the change");
    }

    @Test
    void aFolderThatIsGoneKeepsTheCatalogueChangeAndSaysSo() throws Exception {
        Files.delete(root.resolve("id11/MA-4321/s/s_0002"));
        DatasetMetadataUpdate.Updated updated = update.apply(message("ID11", "2", "id11/MA-4321/s/s_0002"));
        assertEquals(1, updated.added());
        assertEquals(1, updated.masterFilesNotWritten());
        assertEquals(MasterFileRefresh.Outcome.FOLDER_GONE, updated.masterFiles().get(0).outcome());
        assertEquals(1, datasets.parametersOf(11).size());
    }
}
