package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.config.ChecksumKind;
import org.beamcat.ingest.config.LegacyConversionSettings;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DatasetRegistration against the in-memory catalogue and a temporary data folder: a new dataset, repeats,
 * another investigation's folder, catalogue failures part-way, typed parameters and raw inputs.
 */
class DatasetRegistrationTest {

    private static final long ESRF = 1;
    private static final long MA4321 = 10;
    private static final long ES1234 = 20;
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-08-04T10:00:00Z");
    private static final OffsetDateTime END = OffsetDateTime.parse("2026-08-04T10:05:00Z");
    private static final String FOLDER = "id11/MA-4321/cement/cement_0001";
    private static final List<FolderLayout> LAYOUTS = List.of(FolderLayout.parse("{beamline}/{proposal}/**"));

    @TempDir
    Path root;

    private final InMemoryRegistrationCatalogue catalogue = new InMemoryRegistrationCatalogue();

    @BeforeEach
    void catalogueAndFolder() throws IOException {
        catalogue.investigation(MA4321, "MA-4321", OffsetDateTime.parse("2026-08-03T08:00:00Z"),
                        OffsetDateTime.parse("2026-08-06T08:00:00Z"), ESRF, "ID11")
                .investigation(ES1234, "ES-1234", OffsetDateTime.parse("2026-08-03T08:00:00Z"), null, ESRF, "ID11")
                .type(ESRF, "raw").type(ESRF, "processed")
                .parameterType(Parameter.SAMPLE_NAME, null, "STRING", null)
                .parameterType("InstrumentMonochromator_energy", "keV", "NUMERIC", "instrument/monochromator/energy")
                .parameterType("scanStart", null, "DATE_AND_TIME", null);
        Path folder = Files.createDirectories(root.resolve(FOLDER));
        Files.writeString(folder.resolve("frame_0001.raw"), "one");
        Files.createDirectories(folder.resolve("scan"));
        Files.writeString(folder.resolve("scan/frame_0002.raw"), "two");
    }

    private DatasetRegistration registration(int batchSize) {
        return new DatasetRegistration(catalogue, catalogue, root, batchSize, ChecksumKind.CRC32,
                new LegacyConversionStep(LegacyConversionSettings.off()), LAYOUTS);
    }

    private DatasetMessage message(String folder, Parameter... parameters) {
        return new DatasetMessage("MA-4321", "id11", "cement_0001", root.resolve(folder).toString(), "cement",
                START, END, List.of(parameters));
    }

    private Path master(String folder) {
        Path path = root.resolve(folder);
        return path.resolve(MasterFile.fileName(path));
    }

    private Set<String> locations(long datasetId) {
        return catalogue.datafilesOf(datasetId).stream().map(InMemoryRegistrationCatalogue.Datafile::location)
                .collect(Collectors.toSet());
    }

    @Test
    void aNewDatasetIsRegisteredWithItsDatafilesTypedParametersAndMasterFile() throws Exception {
        RegistrationResult result = registration(100).register(message(FOLDER,
                new Parameter("InstrumentMonochromator_energy", " 12.5 "), new Parameter("scanStart", "2026-08-04T12:00:00+02:00")));

        assertTrue(result.datasetCreated());
        assertEquals(3, result.filesAdded());
        assertEquals(1, catalogue.datasets.size());
        InMemoryRegistrationCatalogue.Dataset dataset = catalogue.datasets.get(0);
        assertEquals(result.datasetId(), dataset.id());
        assertEquals("cement_0001", dataset.name());
        assertEquals(FOLDER, dataset.location());
        assertEquals(MA4321, dataset.investigationId());
        assertEquals(catalogue.datasetType(ESRF, "raw").orElseThrow(), dataset.typeId());
        assertEquals(catalogue.sample(MA4321, "cement").orElseThrow(), dataset.sampleId());
        assertEquals(Set.of(FOLDER + "/frame_0001.raw", FOLDER + "/scan/frame_0002.raw",
                FOLDER + "/cement_0001_master.h5"), locations(dataset.id()));
        assertTrue(MasterFile.writtenByIngestion(master(FOLDER)), "the master file is BeamCat's");
        List<String> typed = dataset.parameters().stream()
                .map(p -> p.parameter().name() + "=" + p.icatJson().toString()).sorted().toList();
        assertEquals(3, typed.size(), typed.toString());
        assertTrue(typed.get(0).startsWith("InstrumentMonochromator_energy=") && typed.get(0).contains("\"numericValue\":12.5"),
                typed.get(0));
        assertTrue(typed.get(1).startsWith("Sample_name=") && typed.get(1).contains("\"stringValue\":\"cement\""),
                typed.get(1));
        assertTrue(typed.get(2).startsWith("scanStart=") && typed.get(2).contains("\"dateTimeValue\":\"2026-08-04T10:00:00.000Z\""),
                typed.get(2));
    }

    @Test
    void aRepeatedMessageRegistersNothingTwiceAndAddsOnlyNewFiles() throws Exception {
        RegistrationResult first = registration(100).register(message(FOLDER));
        int writes = catalogue.writes.size();

        RegistrationResult again = registration(100).register(message(FOLDER));
        assertFalse(again.datasetCreated());
        assertEquals(first.datasetId(), again.datasetId());
        assertEquals(0, again.filesAdded());
        assertEquals(3, again.filesPresent());
        assertEquals(writes, catalogue.writes.size(), "a repeat writes nothing: " + catalogue.writes);
        assertEquals(1, catalogue.datasets.size());
        assertEquals(3, catalogue.datafiles.size());

        Files.writeString(root.resolve(FOLDER).resolve("frame_0003.raw"), "three");
        RegistrationResult later = registration(100).register(message(FOLDER));
        assertEquals(first.datasetId(), later.datasetId());
        assertEquals(1, later.filesAdded());
        assertEquals(4, catalogue.datafiles.size());
        assertEquals(1, catalogue.samples.get(MA4321).size(), "one sample");
    }

    @Test
    void aFolderHeldByAnotherInvestigationIsRefusedBeforeAnyWrite() {
        catalogue.dataset(ES1234, "cement", "id11/MA-4321/cement");

        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> registration(100).register(message(FOLDER)));
        assertTrue(refused.getMessage().contains("ES-1234"), refused.getMessage());
        assertEquals(List.of(), catalogue.writes);
        assertEquals(1, catalogue.datasets.size());
        assertFalse(Files.exists(master(FOLDER)), "no master file written");
    }

    @Test
    void aCatalogueFailureWhileAddingDatafilesIsRetryableAndTheRedeliveryCompletesWithoutDuplicates() throws Exception {
        Files.writeString(root.resolve(FOLDER).resolve("frame_0004.raw"), "four");
        Files.writeString(root.resolve(FOLDER).resolve("frame_0005.raw"), "five");
        catalogue.fail("createDatafiles", 1, IcatErrorType.INTERNAL);

        IcatException failed = assertThrows(IcatException.class, () -> registration(2).register(message(FOLDER)));
        assertEquals(IcatErrorType.INTERNAL, failed.type());
        long datasetId = catalogue.datasets.get(0).id();
        assertEquals(2, catalogue.datafilesOf(datasetId).size(), "the first batch only");

        RegistrationResult redelivered = registration(2).register(message(FOLDER));
        assertFalse(redelivered.datasetCreated());
        assertEquals(datasetId, redelivered.datasetId());
        assertEquals(3, redelivered.filesAdded());
        assertEquals(2, redelivered.filesPresent());
        assertEquals(5, catalogue.datafilesOf(datasetId).size());
        assertEquals(5, locations(datasetId).size(), "each file once");
        assertEquals(1, catalogue.datasets.size());
    }

    @Test
    void aPermanentRefusalOfTheDatasetIsARejectionWithoutDatasetOrMasterFile() {
        catalogue.fail("createDataset", 0, IcatErrorType.VALIDATION);

        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> registration(100).register(message(FOLDER)));
        assertTrue(refused.getMessage().contains("VALIDATION"), refused.getMessage());
        assertEquals(List.of(), catalogue.datasets);
        assertEquals(List.of(), catalogue.datafiles);
        assertFalse(Files.exists(master(FOLDER)), "no master file written");
    }

    @Test
    void parametersThatDoNotFitTheirTypesAreAllNamedAndNothingIsWritten() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class, () -> registration(100).register(
                message(FOLDER, new Parameter("InstrumentMonochromator_energy", "twelve"),
                        new Parameter("scanStart", "yesterday"), new Parameter("unknown_thing", "1"))));
        assertTrue(refused.getMessage().contains("InstrumentMonochromator_energy: 'twelve' is not a number"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("scanStart: 'yesterday' is not an ISO-8601 date-time"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("unknown_thing: unknown parameter type"), refused.getMessage());
        assertEquals(List.of(), catalogue.writes);
        assertFalse(Files.exists(master(FOLDER)));
    }

    @Test
    void anUnknownProposalOrAStartOutsideTheSessionIsRefused() {
        DatasetMessage unknown = new DatasetMessage("XX-1", "id11", "cement_0001", root.resolve(FOLDER).toString(),
                "cement", START, END, List.of());
        assertTrue(assertThrows(RegistrationRejected.class, () -> registration(100).register(unknown))
                .getMessage().contains("unknown proposal XX-1"));
        DatasetMessage late = new DatasetMessage("MA-4321", "id11", "cement_0001", root.resolve(FOLDER).toString(),
                "cement", START.plusDays(5), END.plusDays(5), List.of());
        assertTrue(assertThrows(RegistrationRejected.class, () -> registration(100).register(late))
                .getMessage().contains("no investigation MA-4321 on beamline id11 covers"));
        assertEquals(List.of(), catalogue.writes);
    }

    @Test
    void processedDataWaitsForItsRawInputsThenIsLinkedToThemOnce() throws Exception {
        String processed = "id11/MA-4321/cement/cement_0001_proc";
        Path folder = Files.createDirectories(root.resolve(processed));
        Files.writeString(folder.resolve("result.dat"), "r");
        DatasetMessage message = new DatasetMessage("MA-4321", "id11", "cement_0001_proc", folder.toString(),
                "cement", START, END, List.of(new Parameter(Parameter.INPUT_DATASETS, root.resolve(FOLDER).toString())));

        assertThrows(InputsNotRegistered.class, () -> registration(100).register(message));
        assertEquals(List.of(), catalogue.writes);

        long raw = registration(100).register(message(FOLDER)).datasetId();
        RegistrationResult result = registration(100).register(message);
        assertEquals(1, catalogue.jobs.size());
        assertEquals(List.of(raw), catalogue.jobs.get(0).inputs());
        assertEquals(result.datasetId(), catalogue.jobs.get(0).output());
        assertEquals(catalogue.datasetType(ESRF, "processed").orElseThrow(),
                catalogue.datasets.stream().filter(d -> d.id() == result.datasetId()).findFirst().orElseThrow().typeId());

        registration(100).register(message);
        assertEquals(1, catalogue.jobs.size(), "linked once");
        assertEquals(1, catalogue.applications.size());
    }
}
