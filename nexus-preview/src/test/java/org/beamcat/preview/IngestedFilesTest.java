package org.beamcat.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.beamcat.ingest.convert.ConversionResult;
import org.beamcat.ingest.convert.Converter;
import org.beamcat.ingest.convert.ConverterOptions;
import org.beamcat.preview.jhdf.JhdfReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files ingestion itself writes: a SPEC scan and an EDF stack converted to NeXus by ingestion's converter,
 * linked from ingestion's master file. The preview finds the default plot through the link.
 */
class IngestedFilesTest {

    private static final String SPEC = """
            #F /data/visitor/hc9999/id99/20240104/sample.spec
            #E 1704366000
            #D Thu Jan  4 12:00:00 2024

            #S 12  dscan  samy -0.5 0.5 4 0.2
            #D Thu Jan  4 12:31:08 2024
            #N 3
            #L samy  mon  pico1
            -0.5 10001 12
            -0.25 10010 18
            0 9995 150
            0.25 10003 20
            0.5 9999 11
            """;

    @TempDir
    Path folder;

    private final ExecutorService workers = Executors.newFixedThreadPool(1);
    private final NexusPreview preview = new NexusPreview(PreviewSettings.defaults(), new JhdfReader(), workers);
    private final Converter converter = new Converter(new ConverterOptions(64L << 20, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aConvertedSpecScanIsALineOfItsLastColumnOverItsFirst() throws IOException {
        Path spec = Files.writeString(folder.resolve("sample.spec"), SPEC);
        assertEquals(ConversionResult.Outcome.CONVERTED, converter.convert(spec).outcome());
        Path master = NexusFixtures.master(folder, "sample.spec", "sample.spec.h5");

        PlotOutcome outcome = preview.plot(master, PlotRequest.standard());

        PlotImage image = assertInstanceOf(PlotOutcome.Rendered.class, outcome, outcome::toString).image();
        assertEquals(PlotImage.Kind.LINE, image.kind());
        assertTrue(image.signalPath().startsWith("/entry/data_files/"), image.signalPath());
        assertTrue(image.signalPath().endsWith("/pico1"), image.signalPath());
        assertEquals(List.of(5L), image.shape());
    }

    @Test
    void aConvertedEdfStackShowsTheRequestedFrame() throws IOException {
        Path edf = Files.write(folder.resolve("frames.edf"), edf(8, 6, 3));
        ConversionResult converted = converter.convert(edf);
        assertEquals(ConversionResult.Outcome.CONVERTED, converted.outcome(), converted.reason());
        Path master = NexusFixtures.master(folder, "frames.edf", "frames.edf.h5");

        PlotOutcome outcome = preview.plot(master, PlotRequest.standard().withFrame(1));

        PlotImage image = assertInstanceOf(PlotOutcome.Rendered.class, outcome, outcome::toString).image();
        assertEquals(PlotImage.Kind.IMAGE, image.kind());
        assertEquals(List.of(3L, 6L, 8L), image.shape());
        assertEquals(1, image.frame());
        assertEquals(6 * 8 * 2, image.bytesRead());
    }

    /** An EDF file of unsigned 16-bit frames (the format ingestion converts; ESRF header keys). */
    private static byte[] edf(int dim1, int dim2, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int f = 0; f < frames; f++) {
            StringBuilder header = new StringBuilder("{\n");
            header.append("HeaderID = EH:").append(String.format("%06d", f + 1)).append(":000000:000000 ;\n")
                    .append("Image = ").append(f + 1).append(" ;\n")
                    .append("ByteOrder = LowByteFirst ;\n")
                    .append("DataType = UnsignedShort ;\n")
                    .append("Dim_1 = ").append(dim1).append(" ;\n")
                    .append("Dim_2 = ").append(dim2).append(" ;\n")
                    .append("Size = ").append(dim1 * dim2 * 2).append(" ;\n");
            int length = header.length() + 2;
            header.append(" ".repeat((length + 511) / 512 * 512 - length)).append("}\n");
            out.writeBytes(header.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer values = ByteBuffer.allocate(dim1 * dim2 * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int k = 0; k < dim1 * dim2; k++) {
                values.putShort((short) (f * 1000 + k));
            }
            out.writeBytes(values.array());
        }
        return out.toByteArray();
    }
}
