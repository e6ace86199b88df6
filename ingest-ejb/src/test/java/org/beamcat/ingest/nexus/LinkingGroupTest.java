package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.api.DatasetCreationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamcat.ingest.convert.H5Dump;
import org.beamcat.ingest.nexus.LinkingGroup.ExternalLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External links written by our own group header, checked with HDF5's h5dump (which follows them) and jhdf. */
class LinkingGroupTest {

    @TempDir
    Path tmp;

    private Path rawFile(String name, int[] values) throws Exception {
        Path raw = tmp.resolve(name);
        AtomicHdfFile.<RuntimeException>write(raw, file -> {
            var entry = NexusGroups.group(file, "entry", "NXentry");
            entry.putDataset("data", values).putAttribute("units", "counts");
            entry.putDataset("title", "raw " + name);
        });
        return raw;
    }

    @Test
    void externalLinksResolveThroughTheHdf5Library() throws Exception {
        rawFile("scan.h5", new int[] {1, 2, 3});
        Files.createDirectories(tmp.resolve("sub"));
        rawFile("sub/frames.h5", new int[] {7, 8});
        Path master = tmp.resolve("master.h5");
        String longName = "l".repeat(300);
        AtomicHdfFile.<RuntimeException>writeWithLinks(master, root -> {
            root.putAttribute(NexusGroups.NX_CLASS, "NXroot");
            LinkingGroup entry = (LinkingGroup) NexusGroups.group(root, "entry", "NXentry");
            entry.putDataset("title", "master");
            entry.putDataset("chunked", new double[][] {{1, 2}, {3, 4}},
                    DatasetCreationOptions.builder().chunkDimensions(new int[] {1, 2}).deflate(4).build());
            LinkingGroup files = (LinkingGroup) NexusGroups.group(entry, "data_files", "NXcollection");
            files.putExternalLink("scan", new ExternalLink("scan.h5", "/entry"));
            files.putExternalLink("frames_data", new ExternalLink("sub/frames.h5", "/entry/data"));
            files.putExternalLink(longName, new ExternalLink("scan.h5", "/entry/title"));
            root.putExternalLink("top", new ExternalLink("scan.h5", "/"));
        });

        assertEquals("master", H5Dump.stringDataset(master, "/entry/title"));
        assertArrayEquals(new double[] {1, 2, 3}, H5Dump.numbers(master, "-d", "/entry/data_files/scan/data"));
        assertEquals(List.of("counts"), H5Dump.attribute(master, "/entry/data_files/scan/data/units"));
        assertArrayEquals(new double[] {7, 8}, H5Dump.numbers(master, "-d", "/entry/data_files/frames_data"));
        assertEquals("raw scan.h5", H5Dump.stringDataset(master, "/entry/data_files/" + longName));
        assertArrayEquals(new double[] {1, 2, 3}, H5Dump.numbers(master, "-d", "/top/entry/data"));
        assertArrayEquals(new double[] {1, 2, 3, 4}, H5Dump.numbers(master, "-d", "/entry/chunked"));
        String dump = H5Dump.run(master);
        assertTrue(dump.contains("EXTERNAL_LINK"), dump);
        assertEquals(List.of("NXroot"), H5Dump.attribute(master, "/NX_class"));

        // jhdf reads the same file (the absolute path: jhdf 0.13 needs it to follow external links)
        try (HdfFile file = new HdfFile(master.toAbsolutePath())) {
            Node scan = ((Group) file.getByPath("/entry/data_files")).getChild("scan");
            assertTrue(scan.isLink(), "an external link, not a copy");
            assertEquals("scan.h5:/entry", ((Link) scan).getTargetPath());
            assertArrayEquals(new int[] {7, 8}, (int[]) ((Dataset) file.getByPath("/entry/data_files/frames_data"))
                    .getData());
        }
    }

    @Test
    void namesAreCheckedBeforeAnythingIsWritten() {
        LinkingGroup group = new LinkingGroup(null, "/");
        group.putDataset("a", 1);
        assertThrows(IllegalArgumentException.class, () -> group.putExternalLink("a", new ExternalLink("f.h5", "/")));
        assertThrows(IllegalArgumentException.class, () -> group.putGroup("a"));
        assertThrows(IllegalArgumentException.class, () -> group.putExternalLink("x/y", new ExternalLink("f.h5", "/")));
        assertThrows(IllegalArgumentException.class, () -> group.putExternalLink("b", new ExternalLink("", "/")));
        group.putExternalLink("b", new ExternalLink("f.h5", "/entry"));
        assertThrows(IllegalArgumentException.class, () -> group.putDataset("b", 2));
        assertEquals(new ExternalLink("f.h5", "/entry"), group.getExternalLinks().get("b"));
    }

    @Test
    void aGroupHoldsThousandsOfLinksAsADatasetFolderCan() throws Exception {
        rawFile("scan.h5", new int[] {4});
        Path master = tmp.resolve("many.h5");
        int links = 3000;
        AtomicHdfFile.<RuntimeException>writeWithLinks(master, root -> {
            for (int i = 0; i < links; i++) {
                root.putExternalLink("f" + i, new ExternalLink("scan.h5", "/entry"));
            }
        });
        assertEquals(links, H5Dump.run(master, "-n").lines().filter(line -> line.contains("ext link")).count());
        assertArrayEquals(new double[] {4}, H5Dump.numbers(master, "-d", "/f2999/data"));
    }
}
