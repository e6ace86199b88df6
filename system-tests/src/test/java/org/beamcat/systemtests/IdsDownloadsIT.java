package org.beamcat.systemtests;

import static org.beamcat.systemtests.IdsCalls.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Downloads from the single-level /ids that the demo data is too small for: thousands of files checked
 * entry by entry and resumed with Range, zip entry names made from hostile datafile names, and locations
 * or folders that try to lead out of the data root, for getData and for put.
 */
@ExtendWith(ArquillianExtension.class)
class IdsDownloadsIT extends DeployedBeamCat {

    private static final Path DATA_ROOT = Path.of(System.getProperty("it.data.root", "/nonexistent"));
    private static final int DATASETS = 3;
    private static final int FILES_PER_DATASET = 1000;

    private static IdsTestCatalogue icat;

    private final IdsCalls ids = new IdsCalls("/ids");

    @AfterAll
    static void removeTheTestInvestigation() throws Exception {
        if (icat != null) {
            icat.remove();
            icat = null;
        }
    }

    @BeforeEach
    void catalogue() throws Exception {
        if (icat == null) {
            icat = IdsTestCatalogue.create("ids-downloads");
        }
        Http.awaitStatus("/ids/ping", 200, Duration.ofSeconds(60));
    }

    @Test
    void threeThousandFilesComeEntryByEntryAndResumeWithRange() throws Exception {
        Map<String, byte[]> expected = new TreeMap<>();
        List<Long> datasets = new ArrayList<>();
        Random random = new Random(7);
        for (int d = 0; d < DATASETS; d++) {
            String dsName = "many-" + d;
            long dataset = icat.dataset(dsName);
            datasets.add(dataset);
            List<JsonObject> datafiles = new ArrayList<>();
            for (int f = 0; f < FILES_PER_DATASET; f++) {
                byte[] content = new byte[random.nextInt(3000)]; // some files are empty
                random.nextBytes(content);
                String name = "scan/f" + f + ".dat";
                String location = icat.investigationName + "/" + dsName + "/" + name;
                Path file = DATA_ROOT.resolve(location);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                datafiles.add(datafile(dataset, name, location, content));
                expected.put(entryPrefix(dsName) + name, content);
            }
            DemoCatalogueFixture.ICAT.write(icat.root, datafiles);
        }
        String dsIds = IdsCalls.ids(datasets.stream().mapToLong(Long::longValue).toArray());
        String preparedId = ids.post("prepareData", Map.of("sessionId", icat.root, "datasetIds", dsIds)).body();

        HttpResponse<byte[]> full = ids.bytes("getData?preparedId=" + preparedId);
        assertEquals(200, full.statusCode());
        IdsCalls.exactlyOneOfLengthOrChunked(full);
        Map<String, IdsCalls.Entry> entries = IdsCalls.entries(full.body());
        assertEquals(DATASETS * FILES_PER_DATASET, entries.size());
        assertEquals(expected.keySet(), new TreeMap<>(entries).keySet());
        expected.forEach((name, content) -> {
            IdsCalls.Entry entry = entries.get(name);
            assertEquals(content.length, entry.size(), name);
            assertEquals(IdsCalls.crc(content), entry.crc(), name);
        });

        byte[] zip = full.body();
        assertArrayEquals(zip, ids.bytes("getData?preparedId=" + preparedId).body(), "the same request, the same bytes");
        for (int offset : new int[] {1, zip.length / 3, zip.length - 22, zip.length}) {
            HttpResponse<byte[]> tail = ids.bytes("getData?preparedId=" + preparedId, "Range", "bytes=" + offset + "-");
            assertEquals(206, tail.statusCode());
            assertArrayEquals(Arrays.copyOfRange(zip, offset, zip.length), tail.body(), "resumed at " + offset);
        }
        HttpResponse<byte[]> bySession = ids.bytes("getData?sessionId=" + icat.root + "&datasetIds=" + dsIds
                + "&compress=true");
        assertEquals(expected.keySet(), new TreeMap<>(IdsCalls.entries(bySession.body())).keySet());
    }

    @Test
    void hostileDatafileNamesGiveEntriesThatStayInside() throws Exception {
        String dsName = "names";
        long dataset = icat.dataset(dsName);
        byte[] content = "harmless".getBytes(StandardCharsets.UTF_8);
        String location = icat.investigationName + "/" + dsName + "/file.txt";
        Files.createDirectories(DATA_ROOT.resolve(location).getParent());
        Files.write(DATA_ROOT.resolve(location), content);
        List<String> names = List.of("../../../escape.txt", "/etc/cron.d/evil", "..\\..\\windows.txt",
                "bell\u0007\u001b[2J.txt", "ok/../../up.txt");
        List<JsonObject> datafiles = new ArrayList<>();
        for (String name : names) {
            datafiles.add(datafile(dataset, name, location, content));
        }
        DemoCatalogueFixture.ICAT.write(icat.root, datafiles);

        HttpResponse<byte[]> zip = ids.bytes("getData?sessionId=" + icat.root + "&datasetIds=" + dataset);
        assertEquals(200, zip.statusCode());
        Map<String, IdsCalls.Entry> entries = IdsCalls.entries(zip.body());
        assertEquals(names.size(), entries.size(), entries.keySet().toString());
        for (String entry : entries.keySet()) {
            assertTrue(entry.startsWith(entryPrefix(dsName)), entry);
            assertFalse(entry.contains("\\") || entry.chars().anyMatch(Character::isISOControl), entry);
            assertFalse(Stream.of(entry.split("/")).anyMatch(part -> part.equals("..") || part.isEmpty()), entry);
            assertTrue(Path.of("/unpack").resolve(entry).normalize().startsWith("/unpack/ids"), entry);
            assertArrayEquals(content, entries.get(entry).data());
        }
    }

    @Test
    void locationsLeavingTheDataRootAreNeverRead() throws Exception {
        Path outside = Files.createDirectories(DATA_ROOT.resolveSibling(DATA_ROOT.getFileName() + "-outside"));
        byte[] secret = "secret outside the data root".getBytes(StandardCharsets.UTF_8);
        Files.write(outside.resolve("secret.txt"), secret);
        Path link = DATA_ROOT.resolve(icat.investigationName + "/link");
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);
        long dataset = icat.dataset("escapes");
        List<String> locations = List.of("../" + outside.getFileName() + "/secret.txt",
                outside.resolve("secret.txt").toString(), icat.investigationName + "/link/secret.txt",
                icat.investigationName + "/./../../" + outside.getFileName() + "/secret.txt");
        List<JsonObject> datafiles = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            datafiles.add(datafile(dataset, "escape-" + i, locations.get(i), secret));
        }
        List<Long> dfIds = DemoCatalogueFixture.ICAT.write(icat.root, datafiles);

        for (long dfId : dfIds) {
            HttpResponse<byte[]> single = ids.bytes("getData?sessionId=" + icat.root + "&datafileIds=" + dfId);
            assertFalse(new String(single.body(), StandardCharsets.UTF_8).contains("secret outside"));
            // as ids.server answers a location it does not trust (a bad location hash): refused, 403
            expectError(single, 403, "InsufficientPrivilegesException");
        }
        HttpResponse<byte[]> zip = ids.bytes("getData?sessionId=" + icat.root + "&datasetIds=" + dataset);
        expectError(zip, 403, "InsufficientPrivilegesException");
        String preparedId = ids.post("prepareData", Map.of("sessionId", icat.root, "datasetIds",
                Long.toString(dataset))).body();
        expectError(ids.bytes("getData?preparedId=" + preparedId), 403, "InsufficientPrivilegesException");

        // put into a dataset whose folder is a link out of the root: refused, nothing written outside
        long linkedInvestigationDataset = icat.dataset("put-through-link");
        Path invFolder = DATA_ROOT.resolve(Long.toString(icat.investigationId));
        Files.createDirectories(outside.resolve("inv"));
        if (!Files.exists(invFolder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(invFolder, outside.resolve("inv"));
        }
        try {
            HttpResponse<String> put = ids.put("sessionId=" + icat.root + "&name=in.txt&datafileFormatId="
                    + icat.formatId + "&datasetId=" + linkedInvestigationDataset, secret);
            expectError(put, 400, "BadRequestException");
            try (Stream<Path> written = Files.walk(outside.resolve("inv"))) {
                assertEquals(0, written.filter(Files::isRegularFile).count(), "nothing was written outside");
            }
            assertEquals(0, DemoCatalogueFixture.ICAT.search(icat.root, "SELECT COUNT(df) FROM Datafile df WHERE"
                    + " df.dataset.id = " + linkedInvestigationDataset).getJsonNumber(0).longValue());
        } finally {
            Files.delete(invFolder);
            Files.delete(link);
        }

        // a hostile name given to put changes nothing about where the file goes
        long plain = icat.dataset("put-names");
        JsonObject stored = ids.putFile(icat.root, plain, icat.formatId, "../../../../tmp/put-escape.txt", secret);
        Path file = DATA_ROOT.resolve(stored.getString("location")).normalize();
        assertTrue(file.startsWith(DATA_ROOT.normalize()) && Files.isRegularFile(file), file.toString());
        assertFalse(stored.getString("location").contains(".."), stored.toString());
    }

    private String entryPrefix(String dsName) throws IOException {
        try {
            String facility = DemoCatalogueFixture.ICAT.get(icat.root, "Facility", icat.facilityId)
                    .getJsonObject("Facility").getString("name");
            return "ids/" + IdsCalls.enc(facility) + "/" + IdsCalls.enc(icat.investigationName) + "/N%2FA/"
                    + IdsCalls.enc(dsName) + "/";
        } catch (org.beamcat.icat.client.IcatException e) {
            throw new IOException(e);
        }
    }

    private JsonObject datafile(long dataset, String name, String location, byte[] content) {
        return Json.createObjectBuilder().add("Datafile", Json.createObjectBuilder().add("name", name)
                .add("location", location).add("fileSize", content.length)
                .add("checksum", Long.toHexString(IdsCalls.crc(content)))
                .add("dataset", IdsTestCatalogue.ref(dataset))
                .add("datafileFormat", IdsTestCatalogue.ref(icat.formatId))).build();
    }
}
