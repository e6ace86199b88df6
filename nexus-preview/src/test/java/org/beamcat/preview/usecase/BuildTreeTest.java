package org.beamcat.preview.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.beamcat.preview.NexusTree;
import org.beamcat.preview.PreviewSettings;
import org.beamcat.preview.TreeNode;
import org.beamcat.preview.fake.FakeHdf;
import org.junit.jupiter.api.Test;

class BuildTreeTest {

    private final Deadline noHurry = Deadline.after(Duration.ofHours(1));

    @Test
    void aLargeGroupShowsItsFirstChildrenAndCountsTheRest() {
        String[] names = IntStream.range(0, 200).mapToObj(i -> "file" + i).toArray(String[]::new);
        FakeHdf file = new FakeHdf().group("/", "NXroot", Map.of(), names);
        for (String name : names) {
            file.text("/" + name, name);
        }

        NexusTree tree = new BuildTree(PreviewSettings.defaults()).build(file, noHurry);

        assertEquals(50, tree.root().children().size());
        assertEquals(150, tree.root().omittedChildren());
        assertEquals("file0", tree.root().children().get(0).value());
        assertFalse(tree.complete());
    }

    @Test
    void theNodeBoundHoldsAcrossGroups() {
        PreviewSettings settings = PreviewSettings.defaults();
        settings = new PreviewSettings(20, settings.maxChildren(), settings.maxDepth(), 10,
                settings.maxReadBytes(), settings.maxLinePoints(), settings.maxImageSide(), settings.searchNodes(),
                settings.timeLimit(), settings.workers(), settings.cacheBytes());
        FakeHdf file = new FakeHdf().group("/", null, Map.of("note", List.of("a long attribute value")), "a", "b");
        for (String group : List.of("a", "b")) {
            String[] children = IntStream.range(0, 15).mapToObj(i -> "d" + i).toArray(String[]::new);
            file.group("/" + group, "NXcollection", Map.of(), children);
            for (String child : children) {
                file.text("/" + group + "/" + child, "v");
            }
        }

        NexusTree tree = new BuildTree(settings).build(file, noHurry);

        assertEquals(20, tree.shownNodes());
        TreeNode.Attribute note = tree.root().attributes().get(0);
        assertTrue(note.truncated());
        assertEquals("a long att…", note.value());
    }
}
