package org.beamcat.preview;

import java.time.Duration;
import org.beamcat.support.config.SettingsReader;

/**
 * The bounds of a preview, read once at start-up ({@code beamcat.preview.*}, docs/nexus-preview.md).
 *
 * @param maxTreeNodes        nodes in one tree
 * @param maxChildren         children shown per group (the rest as "+K more")
 * @param maxDepth            levels below the root shown in the tree
 * @param maxAttributeChars   characters of one attribute value shown
 * @param maxReadBytes        values read from HDF5 for one plot, counted as 8-byte doubles (the heap they take)
 * @param maxLinePoints       windows a long 1-D signal is decimated to
 * @param maxImageSide        pixels of the longer side of a frame after downsampling
 * @param searchNodes         objects looked at while searching for the default plot
 * @param timeLimit           time one tree or plot may take
 * @param workers             previews computed at once (more waiting ones are refused as BUSY)
 * @param cacheBytes          cache size, PNG bytes plus an estimate for trees
 */
public record PreviewSettings(int maxTreeNodes, int maxChildren, int maxDepth, int maxAttributeChars,
        long maxReadBytes, int maxLinePoints, int maxImageSide, int searchNodes, Duration timeLimit, int workers,
        long cacheBytes) {

    public static final String PREFIX = "beamcat.preview.";

    public PreviewSettings {
        positive(maxTreeNodes, "maxTreeNodes");
        positive(maxChildren, "maxChildren");
        positive(maxDepth, "maxDepth");
        positive(maxAttributeChars, "maxAttributeChars");
        positive(maxLinePoints, "maxLinePoints");
        positive(maxImageSide, "maxImageSide");
        positive(searchNodes, "searchNodes");
        positive(workers, "workers");
        if (maxReadBytes < 8 || cacheBytes < 0 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("preview bounds must be positive");
        }
    }

    public static PreviewSettings defaults() {
        return new PreviewSettings(500, 50, 12, 200, 16L << 20, 2000, 512, 400, Duration.ofSeconds(10), 2,
                32L << 20);
    }

    /** Reads the settings; an out-of-range value fails start-up (InvalidSettingException names the key). */
    public static PreviewSettings read(SettingsReader reader) {
        PreviewSettings d = defaults();
        return new PreviewSettings(
                reader.intInRange(PREFIX + "tree-max-nodes", d.maxTreeNodes, 10, 100_000),
                reader.intInRange(PREFIX + "tree-max-children", d.maxChildren, 1, 10_000),
                reader.intInRange(PREFIX + "tree-max-depth", d.maxDepth, 1, 64),
                reader.intInRange(PREFIX + "attribute-max-chars", d.maxAttributeChars, 16, 10_000),
                (long) reader.intInRange(PREFIX + "max-read-mib", (int) (d.maxReadBytes >> 20), 1, 1024) << 20,
                reader.intInRange(PREFIX + "line-max-points", d.maxLinePoints, 10, 100_000),
                reader.intInRange(PREFIX + "image-max-side", d.maxImageSide, 16, 4096),
                reader.intInRange(PREFIX + "search-max-nodes", d.searchNodes, 10, 100_000),
                Duration.ofMillis(reader.intInRange(PREFIX + "time-limit-ms", (int) d.timeLimit.toMillis(), 100,
                        600_000)),
                reader.intInRange(PREFIX + "workers", d.workers, 1, 64),
                (long) reader.intInRange(PREFIX + "cache-mib", (int) (d.cacheBytes >> 20), 0, 4096) << 20);
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
