package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Legacy conversion in the ingestion path, against the real domain: test.sh switches it on for ID16A
 * ({@code beamcat.ingest.convert-legacy=id16a}). A dataset folder with a SPEC file, a two-frame EDF file
 * and a truncated EDF file is ingested; the NeXus outputs appear beside the originals, are registered
 * as datafiles, and HDF5's h5dump reads their values through the master file's external links; the
 * broken file is reported in its datafile's description and still registered; a repeated message
 * converts and registers nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class IngestLegacyConversionIT extends DeployedBeamCat {

    private static final IcatClientCalls ICAT = new IcatClientCalls();
    private static final int DIM_1 = 4;
    private static final int DIM_2 = 3;
    private static final int FRAMES = 2;


    private final IngestCleanup cleanup = new IngestCleanup();
    private Path dataRoot;
    private String unique;

    @BeforeEach
    void demo() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        dataRoot = Path.of(System.getProperty("it.data.root"));
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeWhatWasRegistered() throws Exception {
        cleanup.run();
    }

    @Test
    void specAndEdfFilesAreConvertedRegisteredAndLinkedAndABrokenOneIsReported() throws Exception {
        String sample = "cement_legacy_" + unique;
        Path folder = Files.createDirectories(dataRoot.resolve("id16a/ES-1234").resolve(sample)
                .resolve(sample + "_0001"));
        String location = dataRoot.relativize(folder).toString();
        cleanup.dataset(location, sample);
        Files.writeString(folder.resolve("sample.spec"), SPEC, StandardCharsets.ISO_8859_1);
        byte[] frames = edf(FRAMES);
        Files.write(folder.resolve("frames.edf"), frames);
        byte[] broken = Arrays.copyOf(frames, frames.length - 7); // the second frame ends early
        Files.write(folder.resolve("broken.edf"), broken);

        String xml = IngestProbe.datasetXml("ES-1234", "ID16A", sample + "_0001", folder, sample, "")
                .replace("2026-03-13T", "2026-05-06T");
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());
        long dataset = IngestProbe.awaitDataset(location);
        // the three originals, two conversions, the master file
        String files = "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset;
        IngestProbe.awaitCount(files, 6);

        // originals untouched, outputs beside them, nothing half-written
        assertArrayEquals(frames, Files.readAllBytes(folder.resolve("frames.edf")));
        assertArrayEquals(broken, Files.readAllBytes(folder.resolve("broken.edf")));
        try (var listing = Files.list(folder)) {
            assertEquals(6, listing.count(), "3 originals, 2 conversions, master file, nothing else: "
                    + Arrays.toString(folder.toFile().list()));
        }
        for (String output : new String[] {"sample.spec.h5", "frames.edf.h5"}) {
            Path file = folder.resolve(output);
            JsonObject row = datafile(dataset, output);
            assertEquals(location + "/" + output, row.getString("location"));
            assertEquals(Files.size(file), row.getJsonNumber("fileSize").longValue(), output);
            assertEquals(Files.getLastModifiedTime(file).toInstant().getEpochSecond(),
                    OffsetDateTime.parse(row.getString("datafileModTime")).toInstant().getEpochSecond(), row.toString());
            assertTrue(row.getString("description").startsWith("NeXus conversion of "), row.toString());
        }
        assertEquals("converted to NeXus: sample.spec.h5", datafile(dataset, "sample.spec").getString("description"));
        String failure = datafile(dataset, "broken.edf").getString("description");
        assertTrue(failure.startsWith("NeXus conversion failed: broken.edf, frame 2"), failure);
        assertEquals(broken.length, datafile(dataset, "broken.edf").getJsonNumber("fileSize").longValue(),
                "the broken original is registered as it is");

        // the values, read by the HDF5 library through the master file's external links
        Path master = folder.resolve(folder.getFileName() + "_master.h5");
        String links = h5("-n", master.toString());
        assertTrue(links.contains("/entry/data_files/sample_spec_h5") && links.contains("/entry/data_files/frames_edf_h5"),
                links);
        assertArrayEquals(new double[] {12, 18, 150, 20, 11},
                numbers(master, "/entry/data_files/sample_spec_h5/12.1/data/pico1"));
        assertArrayEquals(expectedFrames(), numbers(master, "/entry/data_files/frames_edf_h5/entry/instrument/detector/data"));
        assertTrue(h5("-H", "-d", "/entry/data_files/frames_edf_h5/entry/instrument/detector/data", master.toString())
                .contains("( " + FRAMES + ", " + DIM_2 + ", " + DIM_1 + " )"));

        // the same message again: nothing converted or registered twice
        FileTime converted = Files.getLastModifiedTime(folder.resolve("frames.edf.h5"));
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());
        Thread.sleep(3000); // no event says "nothing happened"; let the repeated message run
        assertEquals(6, ICAT.count("root", files));
        assertEquals(converted, Files.getLastModifiedTime(folder.resolve("frames.edf.h5")), "not converted again");
        assertTrue(IngestProbe.deadLetter(location).isEmpty(), "a bad legacy file is no reason to dead-letter");
    }

    private static JsonObject datafile(long dataset, String name) throws Exception {
        JsonArray rows = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT df FROM Datafile df WHERE df.dataset.id = " + dataset + " AND df.name = '" + name + "'");
        assertEquals(1, rows.size(), name + ": " + rows);
        return rows.getJsonObject(0).getJsonObject("Datafile");
    }

    private static double[] numbers(Path file, String dataset) throws Exception {
        String dump = h5("-y", "-w", "0", "-d", dataset, file.toString());
        int start = dump.indexOf("DATA {") + "DATA {".length();
        String data = dump.substring(start, dump.indexOf('}', start)); // attributes follow the data block
        return Pattern.compile("[,\\s}]+").splitAsStream(data).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    private static String h5(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "h5dump";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "h5dump finished");
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
        return output;
    }

    private static final String SPEC = """
            #F /data/visitor/es1234/id16a/sample.spec
            #E 1778050800
            #D Wed May  6 10:00:00 2026
            #O0 samx  samy

            #S 12  dscan  samy -0.5 0.5 4 0.2
            #D Wed May  6 10:01:08 2026
            #P0 0.1 0
            #N 5
            #L samy  Epoch  Seconds  mon  pico1
            -0.5 1868 0.2 10001 12
            -0.25 1868.4 0.2 10010 18
            0 1868.8 0.2 9995 150
            0.25 1869.2 0.2 10003 20
            0.5 1869.6 0.2 9999 11

            """;

    /** An EDF file of unsigned 16-bit little-endian frames; value = 100 * frame + index. */
    private static byte[] edf(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int frame = 0; frame < frames; frame++) {
            StringBuilder header = new StringBuilder("{\nHeaderID = EH:00000" + (frame + 1) + ":000000:000000 ;\n"
                    + "Image = " + (frame + 1) + " ;\nByteOrder = LowByteFirst ;\nDataType = UnsignedShort ;\n"
                    + "Dim_1 = " + DIM_1 + " ;\nDim_2 = " + DIM_2 + " ;\nSize = " + DIM_1 * DIM_2 * 2 + " ;\n");
            int length = header.length() + 2;
            header.append(" ".repeat((length + 511) / 512 * 512 - length)).append("}\n");
            out.writeBytes(header.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer data = ByteBuffer.allocate(DIM_1 * DIM_2 * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < DIM_1 * DIM_2; i++) {
                data.putShort((short) (100 * frame + i));
            }
            out.writeBytes(data.array());
        }
        return out.toByteArray();
    }

    private static double[] expectedFrames() {
        double[] values = new double[FRAMES * DIM_1 * DIM_2];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 * (i / (DIM_1 * DIM_2)) + i % (DIM_1 * DIM_2);
        }
        return values;
    }
}
