package org.beamcat.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.beamcat.ingest.nexus.LinkingGroup;
import org.beamcat.ingest.nexus.LinkingHdfFile;
import org.beamcat.preview.jhdf.JhdfReader;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade over real HDF5 files: ingestion's master files linking data files written with jhdf. */
class NexusPreviewTest {

    @TempDir
    Path folder;

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private int opens;
    private final HdfReader countingReader = file -> {
        opens++;
        return new JhdfReader().open(file);
    };
    private final NexusPreview preview = new NexusPreview(PreviewSettings.defaults(), countingReader, workers);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void theTreeFollowsTheMasterFilesExternalLinkIntoTheDataFile() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 100);
        Path master = NexusFixtures.master(folder, "scan.h5", "notes.txt");

        NexusTree tree = shown(preview.tree(master));

        TreeNode entry = child(tree.root(), "entry");
        assertEquals("NXentry", entry.nxClass());
        assertEquals("MX-1234", child(entry, "experiment_identifier").value());
        assertEquals("int64", child(child(entry, "data_files"), "count").type());
        // ingestion names the link after the file, made a safe HDF5 name
        TreeNode linked = child(child(entry, "data_files"), "scan_h5");
        assertEquals(TreeNode.Kind.GROUP, linked.kind());
        assertEquals("scan.h5:/", linked.link());
        TreeNode counts = child(child(child(linked, "entry"), "data"), "counts");
        assertEquals(List.of(100L), counts.shape());
        assertEquals("float64", counts.type());
        assertTrue(counts.attributes().contains(new TreeNode.Attribute("units", "counts", false)));
        assertTrue(tree.complete());
    }

    @Test
    void aScanIsALinePlotThatDecodes() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 500);
        Path master = NexusFixtures.master(folder, "scan.h5");

        PlotImage image = rendered(preview.plot(master, new PlotRequest(600, 400, null)));

        assertEquals(PlotImage.Kind.LINE, image.kind());
        assertEquals("/entry/data_files/scan_h5/entry/data/counts", image.signalPath());
        assertEquals(500 * 8 * 2, image.bytesRead()); // signal and axis, once each
        BufferedImage png = decode(image);
        assertEquals(600, png.getWidth());
        assertEquals(400, png.getHeight());
        assertTrue(count(png, rgb -> isBlue(rgb)) > 300, "the line is drawn");
        assertTrue(count(png, rgb -> rgb == 0x000000) > 500, "axes and labels are drawn");
    }

    @Test
    void aTwoDimensionalSignalIsAnImage() throws IOException {
        NexusFixtures.image(folder.resolve("image.h5"), 60, 80);
        Path master = NexusFixtures.master(folder, "image.h5");

        PlotImage image = rendered(preview.plot(master, PlotRequest.standard()));

        assertEquals(PlotImage.Kind.IMAGE, image.kind());
        assertEquals(List.of(60L, 80L), image.shape());
        BufferedImage png = decode(image);
        assertEquals(640, png.getWidth());
        // the gradient's ends in the colour map: dark purple and yellow
        assertTrue(count(png, rgb -> near(rgb, 0x440154)) > 10);
        assertTrue(count(png, rgb -> near(rgb, 0xFDE725)) > 10);
    }

    @Test
    void aStackShowsTheRequestedFrameAndRefusesOneOutside() throws IOException {
        NexusFixtures.stack(folder.resolve("stack.h5"), 3, 20, 30);
        Path master = NexusFixtures.master(folder, "stack.h5");

        PlotImage image = rendered(preview.plot(master, PlotRequest.standard().withFrame(2)));
        PlotOutcome outside = preview.plot(master, PlotRequest.standard().withFrame(3));

        assertEquals(2, image.frame());
        assertEquals(20 * 30 * 4, image.bytesRead()); // one frame, not the stack
        assertNotNull(decode(image));
        assertEquals(RefusalReason.NO_SUCH_FRAME, refused(outside).reason());
    }

    @Test
    void garbageAndTruncatedFilesAreRefusedCleanly() throws IOException {
        byte[] noise = new byte[4096];
        new Random(17).nextBytes(noise);
        Path garbage = Files.write(folder.resolve("garbage.h5"), noise);
        NexusFixtures.scan(folder.resolve("scan.h5"), 100);
        Path master = NexusFixtures.master(folder, "scan.h5");
        byte[] whole = Files.readAllBytes(master);
        Path truncated = Files.write(folder.resolve("truncated.h5"), Arrays.copyOf(whole, whole.length / 3));
        byte[] signatureThenNoise = Arrays.copyOf(whole, 4096);
        System.arraycopy(noise, 0, signatureThenNoise, 8, 4088);
        Path lying = Files.write(folder.resolve("lying.h5"), signatureThenNoise);

        for (Path file : List.of(garbage, truncated, lying)) {
            assertEquals(RefusalReason.NOT_HDF5, refused(preview.tree(file)).reason(), file.toString());
            assertEquals(RefusalReason.NOT_HDF5, refused(preview.plot(file, PlotRequest.standard())).reason());
        }
        assertEquals(RefusalReason.FILE_MISSING, refused(preview.tree(folder.resolve("none.h5"))).reason());
        assertEquals(RefusalReason.FILE_MISSING, refused(preview.tree(folder)).reason());
    }

    @Test
    void aDanglingExternalLinkIsShownBrokenAndRefusesThePlot() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 100);
        Path master = NexusFixtures.master(folder, "scan.h5");
        Files.delete(folder.resolve("scan.h5"));

        NexusTree tree = shown(preview.tree(master));
        PlotOutcome plot = preview.plot(master, PlotRequest.standard());

        TreeNode link = child(child(child(tree.root(), "entry"), "data_files"), "scan_h5");
        assertEquals(TreeNode.Kind.BROKEN_LINK, link.kind());
        assertEquals("the file scan.h5 is missing", link.problem());
        assertEquals(RefusalReason.BROKEN_LINK, refused(plot).reason());
    }

    @Test
    void aTruncatedDataFileIsABrokenLinkInAReadableMasterFile() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 1000);
        Path master = NexusFixtures.master(folder, "scan.h5");
        byte[] whole = Files.readAllBytes(folder.resolve("scan.h5"));
        Files.write(folder.resolve("scan.h5"), Arrays.copyOf(whole, 600));

        NexusTree tree = shown(preview.tree(master));
        PlotOutcome plot = preview.plot(master, PlotRequest.standard());

        // the data file's superblock and root survive the cut; what lies beyond is shown unreadable
        TreeNode link = child(child(child(tree.root(), "entry"), "data_files"), "scan_h5");
        TreeNode cut = child(link, "entry");
        assertEquals(TreeNode.Kind.BROKEN_LINK, cut.kind(), link.toString());
        assertEquals("the data file cannot be read (corrupt?)", cut.problem());
        assertEquals("MX-1234", child(child(tree.root(), "entry"), "experiment_identifier").value());
        assertEquals(RefusalReason.BROKEN_LINK, refused(plot).reason());
    }

    @Test
    void anExternalLinkOutOfTheDatasetFolderIsNotFollowed() throws IOException {
        Path other = Files.createDirectories(folder.resolve("other"));
        Path dataset = Files.createDirectories(folder.resolve("dataset"));
        NexusFixtures.scan(other.resolve("secret.h5"), 10);
        Path master = dataset.resolve("master.h5");
        try (LinkingHdfFile file = LinkingHdfFile.create(master)) {
            file.root().putExternalLink("secret", new LinkingGroup.ExternalLink("../other/secret.h5", "/"));
        }

        TreeNode link = child(shown(preview.tree(master)).root(), "secret");
        PlotOutcome plot = preview.plot(master, PlotRequest.standard());

        assertEquals(TreeNode.Kind.BROKEN_LINK, link.kind());
        assertEquals(RefusalReason.LINK_OUTSIDE_DATASET, refused(plot).reason());
    }

    @Test
    void aTextSignalIsNotPlotted() throws IOException {
        NexusFixtures.textSignal(folder.resolve("names.h5"));
        Path master = NexusFixtures.master(folder, "names.h5");

        assertEquals(RefusalReason.NON_NUMERIC, refused(preview.plot(master, PlotRequest.standard())).reason());
    }

    @Test
    void aCachedAnswerIsServedUntilTheMasterFileChanges() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 100);
        Path master = NexusFixtures.master(folder, "scan.h5");

        preview.tree(master);
        preview.tree(master);
        preview.plot(master, PlotRequest.standard());
        preview.plot(master, PlotRequest.standard());
        assertEquals(2, opens, "one tree and one plot read");

        Files.setLastModifiedTime(master, FileTime.fromMillis(Files.getLastModifiedTime(master).toMillis() + 5000));
        preview.tree(master);
        preview.plot(master, PlotRequest.standard());
        preview.plot(master, new PlotRequest(300, 200, null));
        assertEquals(5, opens, "a new mtime and another size are read again");
    }

    @Test
    void aFullPoolAnswersBusy() throws Exception {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();
        NexusFixtures.scan(folder.resolve("scan.h5"), 10);
        Path master = NexusFixtures.master(folder, "scan.h5");
        NexusPreview busy = new NexusPreview(PreviewSettings.defaults(), countingReader, stopped);

        assertEquals(RefusalReason.BUSY, refused(busy.tree(master)).reason());
        assertEquals(RefusalReason.BUSY, refused(busy.tree(master)).reason()); // not cached
    }

    @Test
    void anUnexpectedFailureOfTheReaderIsATypedAnswer() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 10);
        Path master = NexusFixtures.master(folder, "scan.h5");
        HdfReader failing = file -> new HdfDocument() {
            @Override
            public org.beamcat.preview.port.HdfEntry entry(String path) {
                throw new IllegalStateException("corrupt B-tree");
            }

            @Override
            public double[] read(String datasetPath, long[] offset, int[] shape) {
                throw new IllegalStateException();
            }

            @Override
            public void close() {
            }
        };

        NexusPreview withFailingReader = new NexusPreview(PreviewSettings.defaults(), failing, workers);

        assertEquals(RefusalReason.NOT_HDF5, refused(withFailingReader.tree(master)).reason());
    }

    @Test
    void aReaderThatNeverAnswersEndsInTimedOutAndIsNotCached() throws Exception {
        NexusFixtures.scan(folder.resolve("scan.h5"), 10);
        Path master = NexusFixtures.master(folder, "scan.h5");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        int[] calls = {0};
        HdfReader hanging = file -> {
            calls[0]++;
            try {
                release.await(); // a file that makes the reader loop: only the time limit ends the wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new PreviewRefusedException(RefusalReason.TIMED_OUT, "interrupted");
        };
        PreviewSettings d = PreviewSettings.defaults();
        PreviewSettings shortLimit = new PreviewSettings(d.maxTreeNodes(), d.maxChildren(), d.maxDepth(),
                d.maxAttributeChars(), d.maxReadBytes(), d.maxLinePoints(), d.maxImageSide(), d.searchNodes(),
                java.time.Duration.ofMillis(200), d.workers(), d.cacheBytes());
        NexusPreview slow = new NexusPreview(shortLimit, hanging, workers);

        assertEquals(RefusalReason.TIMED_OUT, refused(slow.tree(master)).reason());
        assertEquals(RefusalReason.TIMED_OUT, refused(slow.tree(master)).reason());
        release.countDown();
        assertEquals(2, calls[0], "a timeout is not cached");
    }

    @Test
    void aLongScanInARealFileIsDecimatedWithinTheByteCap() throws IOException {
        NexusFixtures.scan(folder.resolve("scan.h5"), 300_000); // 2.4 MB per column
        Path master = NexusFixtures.master(folder, "scan.h5");
        PreviewSettings d = PreviewSettings.defaults();
        PreviewSettings oneMiB = new PreviewSettings(d.maxTreeNodes(), d.maxChildren(), d.maxDepth(),
                d.maxAttributeChars(), 1L << 20, d.maxLinePoints(), d.maxImageSide(), d.searchNodes(), d.timeLimit(),
                d.workers(), d.cacheBytes());

        PlotImage image = rendered(new NexusPreview(oneMiB, countingReader, workers)
                .plot(master, PlotRequest.standard()));

        assertTrue(image.sampled());
        assertTrue(image.bytesRead() <= 1L << 20, "read " + image.bytesRead());
        assertTrue(count(decode(image), rgb -> isBlue(rgb)) > 300, "the line is drawn");
    }

    @Test
    void aMasterFileLinkingItselfGivesABoundedTree() throws IOException {
        Path master = folder.resolve("master.h5");
        try (LinkingHdfFile file = LinkingHdfFile.create(master)) {
            file.root().putExternalLink("again", new LinkingGroup.ExternalLink("master.h5", "/"));
        }

        NexusTree tree = shown(preview.tree(master));

        assertEquals(PreviewSettings.defaults().maxDepth() + 1, tree.shownNodes());
        assertEquals(false, tree.complete());
        assertEquals(RefusalReason.NO_PLOTTABLE_DATA, refused(preview.plot(master, PlotRequest.standard())).reason());
    }

    private static NexusTree shown(TreeOutcome outcome) {
        return assertInstanceOf(TreeOutcome.Shown.class, outcome, () -> outcome.toString()).tree();
    }

    private static PlotImage rendered(PlotOutcome outcome) {
        return assertInstanceOf(PlotOutcome.Rendered.class, outcome, () -> outcome.toString()).image();
    }

    private static Refusal refused(TreeOutcome outcome) {
        return assertInstanceOf(TreeOutcome.Refused.class, outcome, () -> outcome.toString()).refusal();
    }

    private static Refusal refused(PlotOutcome outcome) {
        return assertInstanceOf(PlotOutcome.Refused.class, outcome, () -> outcome.toString()).refusal();
    }

    private static TreeNode child(TreeNode node, String name) {
        return node.children().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + node.children()));
    }

    private static BufferedImage decode(PlotImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image.png()));
    }

    private static long count(BufferedImage image, java.util.function.IntPredicate test) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isBlue(int rgb) {
        return near(rgb, 0x1F77B4);
    }

    private static boolean near(int rgb, int target) {
        return Math.abs((rgb >> 16 & 0xFF) - (target >> 16 & 0xFF)) < 12
                && Math.abs((rgb >> 8 & 0xFF) - (target >> 8 & 0xFF)) < 12
                && Math.abs((rgb & 0xFF) - (target & 0xFF)) < 12;
    }
}
