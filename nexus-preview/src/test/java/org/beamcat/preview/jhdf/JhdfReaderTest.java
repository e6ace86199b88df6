package org.beamcat.preview.jhdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import org.beamcat.ingest.nexus.LinkingGroup;
import org.beamcat.ingest.nexus.LinkingHdfFile;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jhdf 0.13 behind the port: hyperslabs of chunked, compressed, unsigned data through an external link. */
class JhdfReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsOneRowOfOneFrameOfACompressedUnsignedStackThroughAnExternalLink() throws Exception {
        short[][][] stack = new short[4][6][5];
        for (int f = 0; f < 4; f++) {
            for (int r = 0; r < 6; r++) {
                for (int c = 0; c < 5; c++) {
                    stack[f][r][c] = (short) (60_000 + f * 100 + r * 10 + c); // over 32767: unsigned matters
                }
            }
        }
        try (WritableHdfFile hdf = HdfFile.write(folder.resolve("stack.h5"))) {
            WritableGroup detector = hdf.putGroup("detector");
            detector.putDataset("data", stack, DatasetCreationOptions.builder().chunkDimensions(1, 6, 5).shuffle()
                    .deflate(4).unsigned().build());
        }
        Path master = folder.resolve("master.h5");
        try (LinkingHdfFile file = LinkingHdfFile.create(master)) {
            file.root().putExternalLink("raw", new LinkingGroup.ExternalLink("stack.h5", "/"));
        }

        try (HdfDocument document = new JhdfReader().open(master)) {
            HdfEntry.Dataset data = assertInstanceOf(HdfEntry.Dataset.class, document.entry("/raw/detector/data"));
            double[] row = document.read("/raw/detector/data", new long[] {2, 3, 0}, new int[] {1, 1, 5});

            assertArrayEquals(new long[] {4, 6, 5}, data.shape());
            assertEquals(2, data.elementBytes());
            assertArrayEquals(new double[] {60_230, 60_231, 60_232, 60_233, 60_234}, row);
            assertEquals("stack.h5:/", document.entry("/raw").link());
            assertInstanceOf(HdfEntry.Absent.class, document.entry("/raw/nothing"));
        }
    }

    @Test
    void aLinkToItselfEndsAndGroupsAreNotData() throws Exception {
        Path master = folder.resolve("master.h5");
        try (LinkingHdfFile file = LinkingHdfFile.create(master)) {
            file.root().putExternalLink("self", new LinkingGroup.ExternalLink("master.h5", "/self"));
            file.root().putGroup("group");
        }

        try (HdfDocument document = new JhdfReader().open(master)) {
            HdfEntry.Broken loop = assertInstanceOf(HdfEntry.Broken.class, document.entry("/self"));
            PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                    () -> document.read("/group", new long[] {0}, new int[] {1}));

            assertEquals("more than 8 links in a row (a loop?)", loop.problem());
            assertEquals(RefusalReason.NON_NUMERIC, refused.refusal().reason());
        }
    }
}
