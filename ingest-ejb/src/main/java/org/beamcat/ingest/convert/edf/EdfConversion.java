package org.beamcat.ingest.convert.edf;

import static org.beamcat.ingest.nexus.NexusGroups.group;

import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.ingest.convert.ConversionException;
import org.beamcat.ingest.convert.ConverterOptions;
import org.beamcat.ingest.convert.LegacyFormatException;
import org.beamcat.ingest.convert.MemoryBudget;
import org.beamcat.ingest.nexus.AtomicHdfFile;
import org.beamcat.ingest.nexus.NexusGroups;

/**
 * An EDF file (one or more frames) to one NeXus file:
 * <pre>
 * entry        NXentry       title (the EDF file name)
 *   instrument NXinstrument
 *     detector NXdetector    data [image][Dim_2][Dim_1], chunked one image per chunk, shuffle + deflate
 *       header NXcollection  every header key
 * </pre>
 * All headers are read and checked first, so that a bad frame or a stack over the memory limit is
 * refused before any image is read; then images are read one frame at a time into the stack.
 */
public final class EdfConversion {

    static final int DEFLATE_LEVEL = 4;

    private final ConverterOptions options;

    public EdfConversion(ConverterOptions options) {
        this.options = options;
    }

    public void convert(Path original, Path target, String creator) throws IOException, ConversionException {
        try (EdfReader reader = new EdfReader(original)) {
            List<EdfFrameHeader> frames = readHeaders(original, reader);
            EdfFrameHeader first = frames.get(0);
            int images = frames.stream().mapToInt(EdfFrameHeader::images).sum();
            new MemoryBudget(original, options.maxBytes()).reserve((long) images * first.dim2() * first.dim1()
                    * first.dataType().bytes());
            EdfStack stack = new EdfStack(first.dataType(), images, first.dim2(), first.dim1());
            for (EdfFrameHeader frame : frames) {
                stack.add(reader.readData(frame), frame.images());
            }
            AtomicHdfFile.write(target, file -> {
                NexusGroups.describeRoot(file, target.getFileName().toString(), creator,
                        OffsetDateTime.now(options.timeZone()));
                file.putAttribute("converted_from", original.getFileName().toString());
                file.putAttribute(NexusGroups.DEFAULT, "entry");
                WritableGroup entry = group(file, "entry", "NXentry");
                entry.putDataset("title", original.getFileName().toString());
                WritableGroup detector = group(group(entry, "instrument", "NXinstrument"), "detector", "NXdetector");
                detector.putDataset("data", stack.array(), creationOptions(first));
                EdfHeaderWriter.write(group(detector, "header", "NXcollection"), frames);
            });
        }
    }

    /** Every header, checked; all frames must share one geometry and data type to form one dataset. */
    private static List<EdfFrameHeader> readHeaders(Path original, EdfReader reader) throws IOException, LegacyFormatException {
        List<EdfFrameHeader> frames = new ArrayList<>();
        for (Optional<EdfFrameHeader> next = reader.nextFrame(); next.isPresent(); next = reader.nextFrame()) {
            EdfFrameHeader frame = next.get();
            if (!frames.isEmpty()) {
                EdfFrameHeader first = frames.get(0);
                if (frame.dim1() != first.dim1() || frame.dim2() != first.dim2() || frame.dataType() != first.dataType()) {
                    throw LegacyFormatException.inFrame(original, frame.frame(), frame.offset(), "frame is "
                            + frame.dim1() + "x" + frame.dim2() + " " + frame.dataType().edfName() + " but frame 1 is "
                            + first.dim1() + "x" + first.dim2() + " " + first.dataType().edfName()
                            + "; frames of different shapes cannot form one dataset");
                }
            }
            frames.add(frame);
        }
        if (frames.isEmpty()) {
            throw LegacyFormatException.inFrame(original, 1, 0, "the file holds no EDF header");
        }
        return frames;
    }

    private static DatasetCreationOptions creationOptions(EdfFrameHeader first) {
        DatasetCreationOptions.Builder builder = DatasetCreationOptions.builder()
                .chunkDimensions(1, first.dim2(), first.dim1())
                .shuffle()
                .deflate(DEFLATE_LEVEL);
        if (first.dataType().unsigned()) {
            builder.unsigned();
        }
        return builder.build();
    }
}
