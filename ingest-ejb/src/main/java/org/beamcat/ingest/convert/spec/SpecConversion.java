package org.beamcat.ingest.convert.spec;

import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.ingest.convert.ConversionException;
import org.beamcat.ingest.convert.ConverterOptions;
import org.beamcat.ingest.convert.MemoryBudget;
import org.beamcat.ingest.nexus.AtomicHdfFile;
import org.beamcat.ingest.nexus.NexusGroups;

/**
 * A SPEC file to one NeXus file with one NXentry per scan. Entries are named {@code <scan>.<n>} like
 * BLISS and silx do, {@code n} counting repeats of the same scan number after a SPEC restart.
 */
public final class SpecConversion {

    private final ConverterOptions options;

    public SpecConversion(ConverterOptions options) {
        this.options = options;
    }

    /** Writes {@code target}, or returns false without writing when the file holds no scan at all. */
    public boolean convert(Path original, Path target, String creator) throws IOException, ConversionException {
        MemoryBudget budget = new MemoryBudget(original, options.maxBytes());
        try (SpecReader reader = new SpecReader(original, budget)) {
            Optional<SpecScan> first = reader.next();
            if (first.isEmpty()) {
                return false;
            }
            AtomicHdfFile.<ConversionException>write(target, file -> writeScans(file, reader, first.get(), original, target, creator));
            return true;
        }
    }

    private void writeScans(WritableHdfFile file, SpecReader reader, SpecScan first, Path original,
            Path target, String creator)
            throws IOException, ConversionException {
        NexusGroups.describeRoot(file, target.getFileName().toString(), creator, OffsetDateTime.now(options.timeZone()));
        file.putAttribute("converted_from", original.getFileName().toString());
        SpecScanWriter writer = new SpecScanWriter(options.timeZone());
        Map<Integer, Integer> occurrences = new HashMap<>();
        String defaultEntry = null;
        String firstEntry = null;
        for (Optional<SpecScan> next = Optional.of(first); next.isPresent(); next = reader.next()) {
            SpecScan scan = next.get();
            String name = scan.number() + "." + occurrences.merge(scan.number(), 1, Integer::sum);
            boolean plottable = writer.write(file, name, scan);
            firstEntry = firstEntry == null ? name : firstEntry;
            defaultEntry = defaultEntry == null && plottable ? name : defaultEntry;
        }
        file.putAttribute(NexusGroups.DEFAULT, defaultEntry != null ? defaultEntry : firstEntry);
    }
}
