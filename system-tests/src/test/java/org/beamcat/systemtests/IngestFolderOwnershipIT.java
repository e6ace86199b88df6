package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.awaitCount;
import static org.beamcat.systemtests.IngestProbe.awaitDataset;
import static org.beamcat.systemtests.IngestProbe.awaitMessagesHandled;
import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.masterFile;
import static org.beamcat.systemtests.IngestProbe.messagesHandled;
import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the ingestion hijack, each case written as the attacker's dataset message: a message may only
 * register a folder of its own proposal and beamline (folder layouts), never a folder registered to another
 * investigation, never through a symbolic link, and never writes its master file over a file it does not
 * own. Every refusal is an immediate dead letter with the reason: nothing registered, nothing written.
 * Also: a stale temporary master file left by a crash is removed, and a dataset name already taken in the
 * investigation by another folder is registered under its sample's name at once, never retried.
 */
class IngestFolderOwnershipIT extends IngestSystemTest {

    /** Bob's demo dataset (ES-1234 on ID16A), written under the data root by the demo loader. */
    private static final String BOBS_FOLDER = "id16a/ES-1234/cement_7d/cement_7d_holo_0001";
    private static final String BOBS_FRAME = BOBS_FOLDER + "/frames/frame_0000.raw";

    private Path symlink;

    @AfterEach
    void removeWhatAnAttackLeft() throws Exception {
        // only what a successful hijack would have added: datasets of MA-4321 in bob's folder (never bob's own)
        String root = DemoCatalogueFixture.login("root");
        List<org.beamcat.icat.client.EntityRef> hijacked = DemoCatalogueFixture.ICAT.search(root,
                "SELECT d.id FROM Dataset d WHERE d.investigation.name = 'MA-4321' AND d.location LIKE 'id16a/%'")
                .getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(id -> new org.beamcat.icat.client.EntityRef("Dataset", id.longValue())).toList();
        if (!hijacked.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(root, hijacked);
        }
        Files.deleteIfExists(dataRoot.resolve(BOBS_FOLDER).resolve("cement_7d_holo_0001_master.h5"));
        if (symlink != null) {
            Files.deleteIfExists(symlink);
        }
    }

    /** The reproduction: alice's proposal MA-4321 with bob's dataset folder of ES-1234. */
    @Test
    void aMessageOfAnotherProposalNamingBobsFolderIsRefused() throws Exception {
        Path bobs = dataRoot.resolve(BOBS_FOLDER);
        List<String> before = listing(bobs);
        String xml = datasetXml("MA-4321", "id11", "stolen_" + unique, bobs, "stolen_" + unique, "");
        assertEquals(202, postDataset(xml, "application/xml").statusCode());

        JsonObject letter = awaitRefused(BOBS_FOLDER, "stolen_" + unique);
        assertTrue(letter.getString("reason").contains("does not match a folder layout of proposal MA-4321"),
                letter.toString());
        assertEquals(before, listing(bobs), "bob's folder untouched: no master file written into it");
        assertEquals(1, IngestProbe.datasetsAt(BOBS_FOLDER), "only bob's own dataset is registered there");
        assertEquals(0, ICAT.count("alice", "SELECT COUNT(df) FROM Datafile df WHERE df.location = '"
                + BOBS_FRAME + "'"), "alice sees no row of bob's frame, so she cannot download it");
    }

    /** A folder under the message's own proposal that the catalogue already has in another investigation. */
    @Test
    void aFolderRegisteredToAnotherInvestigationIsRefused() throws Exception {
        String proposal = "IT-" + unique;
        cleanup.investigation(proposal);
        OpenMqSender.send("icatIngest", "<tns:investigation xmlns:tns=\"http://www.esrf.fr/icat\"><tns:experiment>"
                + proposal + "</tns:experiment><tns:instrument>ID11</tns:instrument>"
                + "<tns:startDate>2026-03-12T09:00:00Z</tns:startDate><tns:endDate>2026-03-16T09:00:00Z</tns:endDate>"
                + "</tns:investigation>");
        awaitCount("SELECT COUNT(i) FROM Investigation i WHERE i.name = '" + proposal + "'", 1);
        Path area = dataRoot.resolve("id11").resolve(proposal);
        // MA-4321 already holds: the folder itself, a parent of a second folder, a folder inside a third one
        Path same = Files.createDirectories(area.resolve("s/s_0001"));
        Path parent = Files.createDirectories(area.resolve("p"));
        Path child = Files.createDirectories(area.resolve("c/c_0001/sub"));
        for (Path taken : List.of(same, parent, child)) {
            Files.write(taken.resolve("a.dat"), new byte[3]);
            registerInMa4321(relative(taken));
        }
        Path inside = Files.createDirectories(parent.resolve("p_0001"));
        Path above = child.getParent();
        Files.write(inside.resolve("b.dat"), new byte[3]);

        for (Path folder : List.of(same, inside, above)) {
            String name = folder.getFileName() + "_" + unique;
            assertEquals(202, postDataset(datasetXml(proposal, "id11", name, folder, "x_" + unique, ""),
                    "application/xml").statusCode());
            JsonObject letter = awaitRefused(relative(folder), name);
            assertTrue(letter.getString("reason").contains("already registered to investigation MA-4321"),
                    letter.toString());
            assertFalse(Files.exists(masterFile(folder)), "no master file written in " + folder);
        }
        assertEquals(0, IngestProbe.count("SELECT COUNT(d) FROM Dataset d WHERE d.investigation.name = '"
                + proposal + "'"), "nothing registered in " + proposal);
    }

    /** '..' cannot lead into another proposal's folder: the message contract refuses it. */
    @Test
    void aFolderEscapingWithDotDotIsRefused() throws Exception {
        String sample = "dots_" + unique;
        Path escape = datasetFolder(sample).resolve("../../../" + BOBS_FOLDER);
        OpenMqSender.send("icatIngest", datasetXml("MA-4321", "id11", sample, escape, sample, ""));

        JsonObject letter = IngestProbe.awaitDeadLetter(body -> body.contains(sample), sample);
        assertTrue(letter.getString("reason").contains("must not contain '..'"), letter.toString());
        assertEquals(1, IngestProbe.datasetsAt(BOBS_FOLDER));
        assertFalse(Files.exists(masterFile(dataRoot.resolve(BOBS_FOLDER))));
    }

    /** A symbolic link in alice's area leading to bob's sample folder: the real folder is bob's. */
    @Test
    void aFolderReachedThroughASymbolicLinkIsRefused() throws Exception {
        symlink = Files.createSymbolicLink(dataRoot.resolve("id11/MA-4321/link_" + unique),
                dataRoot.resolve("id16a/ES-1234/cement_7d"));
        Path through = symlink.resolve("cement_7d_holo_0001");
        String name = "link_" + unique;
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", name, through, name, ""), "application/xml")
                .statusCode());

        JsonObject letter = awaitRefused(relative(through), name);
        assertTrue(letter.getString("reason").contains("symbolic link"), letter.toString());
        assertEquals(1, IngestProbe.datasetsAt(BOBS_FOLDER));
        assertFalse(Files.exists(masterFile(dataRoot.resolve(BOBS_FOLDER))), "no master file in bob's folder");
        assertEquals(0, ICAT.count("alice", "SELECT COUNT(df) FROM Datafile df WHERE df.location LIKE 'id16a/%'"));
    }

    /** Dataset B's master-file path is a registered datafile of dataset A: its bytes stay A's. */
    @Test
    void aMasterFileIsNeverWrittenOverAnotherDatasetsFile() throws Exception {
        String sample = IngestProbe.unique("over");
        Path a = datasetFolder(sample, sample + "_0001");
        Path b = Files.createDirectories(a.resolve("b_" + unique));
        Path victim = masterFile(b);
        byte[] bytes = "A's own data, not a master file".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(victim, bytes);
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", a.getFileName().toString(), a, sample, ""),
                "application/xml").statusCode());
        awaitDataset(relative(a));
        awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.location = '" + relative(victim) + "'", 1);

        String name = b.getFileName().toString();
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", name, b, sample, ""), "application/xml")
                .statusCode());
        JsonObject letter = awaitRefused(relative(b), name);
        assertTrue(letter.getString("reason").contains("is a registered datafile of dataset"), letter.toString());
        assertArrayEquals(bytes, Files.readAllBytes(victim), "the file keeps its bytes");
    }

    /** A file at the master-file path that BeamCat did not write (a detector's own master file, say). */
    @Test
    void aMasterFileIsNeverWrittenOverAForeignFile() throws Exception {
        String sample = IngestProbe.unique("foreign");
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        byte[] bytes = "the detector's master file".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(masterFile(folder), bytes);
        assertEquals(202, postDataset(datasetXml(folder, sample, ""), "application/xml").statusCode());

        JsonObject letter = awaitRefused(relative(folder), folder.getFileName().toString());
        assertTrue(letter.getString("reason").contains("not a master file BeamCat wrote"), letter.toString());
        assertArrayEquals(bytes, Files.readAllBytes(masterFile(folder)));
    }

    /** A crash while writing the master file leaves .<name>.<uuid>.tmp: the next write removes it. */
    @Test
    void aStaleTemporaryMasterFileIsRemoved() throws Exception {
        String sample = IngestProbe.unique("stale");
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        Path stale = folder.resolve("." + masterFile(folder).getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(stale, new byte[100]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        assertEquals(202, postDataset(datasetXml(folder, sample, ""), "application/xml").statusCode());

        long dataset = awaitDataset(relative(folder));
        awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 2);
        assertTrue(Files.isRegularFile(masterFile(folder)));
        assertFalse(Files.exists(stale), "the crash's temporary file is gone");
    }

    /**
     * ESRF names such as 0001 repeat per sample: the second folder of the name registers at once under
     * {@code <sample>_<name>}, delivered once, and a repeat of its message finds it by its folder.
     */
    @Test
    void aDatasetNameTakenByAnotherFolderIsRegisteredUnderTheSampleName() throws Exception {
        String name = "n" + unique;
        String sampleA = "sa_" + unique;
        String sampleB = "sb_" + unique;
        Path a = datasetFolder(sampleA, name);
        Path b = datasetFolder(sampleB, name);
        Files.write(a.resolve("a.dat"), new byte[3]);
        Files.write(b.resolve("b.dat"), new byte[3]);
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", name, a, sampleA, ""), "application/xml")
                .statusCode());
        awaitDataset(relative(a));

        long handled = messagesHandled("icatIngest");
        String second = datasetXml("MA-4321", "id11", name, b, sampleB, "");
        assertEquals(202, postDataset(second, "application/xml").statusCode());
        long id = awaitDataset(relative(b));
        awaitMessagesHandled("icatIngest", handled, 1);
        assertEquals(sampleB + "_" + name, DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT d.name FROM Dataset d WHERE d.id = " + id).getString(0));
        assertTrue(TestDomain.fromSystemProperties().logLines(line -> line.contains("will be redelivered")
                && line.contains(name)).isEmpty(), "never retried");

        assertEquals(202, postDataset(second, "application/xml").statusCode());
        awaitMessagesHandled("icatIngest", handled, 2);
        assertEquals(1, IngestProbe.datasetsAt(relative(b)), "the repeat finds the dataset by its folder");
        assertTrue(IngestProbe.deadLetter(relative(b)).isEmpty());
    }

    /** Waits for the message's dead letter; fails at once if the dataset was registered instead. */
    private JsonObject awaitRefused(String location, String name) throws Exception {
        Instant deadline = Instant.now().plus(IngestProbe.PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> letter = IngestProbe.deadLetter(body -> body.contains(">" + name + "<"));
            if (letter.isPresent()) {
                assertEquals(1, letter.get().getInt("attempts"), "a refusal is not retried: " + letter.get());
                assertEquals(0, IngestProbe.count("SELECT COUNT(d) FROM Dataset d WHERE d.name = '" + name + "'"),
                        "nothing registered");
                return letter.get();
            }
            long registered = IngestProbe.count("SELECT COUNT(d) FROM Dataset d WHERE d.name = '" + name + "'");
            assertEquals(0, registered, "the message for " + location + " was registered instead of refused");
            Thread.sleep(300);
        }
        throw new AssertionError("no dead letter for " + location + " after " + IngestProbe.PATIENCE);
    }

    private void registerInMa4321(String location) throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long investigation = ICAT.id("root", "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'");
        long raw = ICAT.id("root", "SELECT t.id FROM DatasetType t WHERE t.name = 'raw'");
        cleanup.dataset(location, "none_" + unique);
        DemoCatalogueFixture.ICAT.write(root, List.of(Json.createObjectBuilder().add("Dataset",
                Json.createObjectBuilder().add("name", "taken_" + UUID.randomUUID()).add("location", location)
                        .add("investigation", Json.createObjectBuilder().add("id", investigation))
                        .add("type", Json.createObjectBuilder().add("id", raw))).build()));
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
