package org.beamcat.ids.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.storage.FileMainStorage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipStreamWriterTest {

    @TempDir
    Path tmp;

    final DefaultZipMapper mapper = new DefaultZipMapper();
    final DsInfo ds1 = new DsInfo(10L, "ds 1", null, 1L, "inv", "N/A", 5L, "Fac");
    final DsInfo ds2 = new DsInfo(11L, "ds2", null, 1L, "inv", "N/A", 5L, "Fac");
    FileMainStorage main;
    List<ZipItem> items;
    Map<String, byte[]> expected;

    @BeforeEach
    void setUp() throws Exception {
        main = new FileMainStorage(tmp, null);
        items = new ArrayList<>();
        expected = new LinkedHashMap<>();
        add(ds1, 1, "df1", "the first file, long enough to be worth compressing ".repeat(20), true);
        add(ds1, 2, "a/df2 with space", "second", false); // no recorded checksum: computed first
        add(ds2, 3, "df3", "", true);
        add(ds2, 4, "df3", "a duplicate name is skipped", true);
    }

    private void add(DsInfo ds, long id, String name, String content, boolean withChecksum) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String location = ds.invId() + "/" + ds.dsId() + "/" + id;
        main.put(new ByteArrayInputStream(bytes), location);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        DfInfo df = new DfInfo(id, name, location, null, null, ds.dsId(), (long) bytes.length,
                withChecksum ? Long.toHexString(crc.getValue()) : null);
        String entryName = mapper.fullEntryName(ds, df);
        items.add(new ZipItem(entryName, new MainStorageSource(main, df)));
        expected.putIfAbsent(entryName, bytes);
    }

    private byte[] zip(boolean compress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipStreamWriter(compress).write(items, out);
        return out.toByteArray();
    }

    @Test
    void entriesFollowTheContractLayout() {
        assertEquals("ids/Fac/inv/N%2FA/ds+1/df1", items.get(0).entryName());
        assertEquals("ids/Fac/inv/N%2FA/ds+1/a/df2 with space", items.get(1).entryName());
        assertEquals("a/df2 with space", mapper.fileName(items.get(1).entryName()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readableWithTheRightContentAndNoDuplicates(boolean compress) throws Exception {
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip(compress)))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                assertEquals(ZipEntry.DEFLATED, entry.getMethod(), "compress=false is deflate at level 0");
                assertEquals(ZipStreamWriter.ENTRY_TIME, entry.getTimeLocal());
                read.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(read.keySet()));
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, read.get(name), name));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSameItemsGiveTheSameBytes(boolean compress) throws Exception {
        byte[] first = zip(compress);
        Thread.sleep(2100); // past the 2-second resolution of zip times: a clock-stamped entry would differ
        assertArrayEquals(first, zip(compress));
    }

    @Test
    void compressionMakesADifference() throws Exception {
        assertTrue(zip(true).length < zip(false).length);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aResumedStreamIsTheTailOfTheFullOne(boolean compress) throws Exception {
        byte[] full = zip(compress);
        for (int offset : new int[] {0, 1, 20, 100, full.length / 2, full.length - 1, full.length, full.length + 7}) {
            ByteArrayOutputStream resumed = new ByteArrayOutputStream();
            SkippingOutputStream tail = new SkippingOutputStream(resumed, offset);
            new ZipStreamWriter(compress).write(items, tail);
            byte[] expectedTail = Arrays.copyOfRange(full, Math.min(offset, full.length), full.length);
            assertArrayEquals(expectedTail, resumed.toByteArray(), "offset " + offset);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void entrySizesMatchTheReferenceServer(boolean compress) throws Exception {
        // The contract's fixture: a 52-byte file is a 57-byte entry uncompressed (deflate level 0 adds 5 bytes).
        byte[] content = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.UTF_8);
        main.put(new ByteArrayInputStream(content), "1/10/52");
        DfInfo df = new DfInfo(52L, "df52", "1/10/52", null, null, 10L, 52L, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipStreamWriter(compress).write(List.of(new ZipItem("e", new MainStorageSource(main, df))), out);
        try (ZipFile zip = new ZipFile(Files.write(tmp.resolve("sizes.zip"), out.toByteArray()).toFile())) {
            ZipEntry entry = zip.getEntry("e");
            assertEquals(ZipEntry.DEFLATED, entry.getMethod());
            assertEquals(52, entry.getSize());
            if (compress) {
                assertTrue(entry.getCompressedSize() < 52, "compressed: " + entry.getCompressedSize());
            } else {
                assertEquals(57, entry.getCompressedSize());
            }
        }
    }

    @Test
    void anEmptySelectionIsAValidEmptyZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipStreamWriter(true).write(List.of(), out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(null, in.getNextEntry());
        }
        assertEquals(22, out.size(), "just the end-of-central-directory record");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void debianUnzipAcceptsIt(boolean compress) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")),
                "Assumption: the Debian 'unzip' command is installed at /usr/bin/unzip; without it this check is skipped");
        Path file = tmp.resolve("test-" + compress + ".zip");
        Files.write(file, zip(compress));
        Process unzip = new ProcessBuilder("/usr/bin/unzip", "-t", file.toString()).redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(unzip.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, unzip.exitValue(), output);
        assertTrue(output.contains("No errors detected"), output);
    }
}
