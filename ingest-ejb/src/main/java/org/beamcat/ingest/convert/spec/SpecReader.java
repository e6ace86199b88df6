package org.beamcat.ingest.convert.spec;

import static org.beamcat.ingest.convert.spec.SpecLines.isHeader;
import static org.beamcat.ingest.convert.spec.SpecLines.key;
import static org.beamcat.ingest.convert.spec.SpecLines.splitNames;
import static org.beamcat.ingest.convert.spec.SpecLines.value;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.ingest.convert.ConversionException;
import org.beamcat.ingest.convert.LegacyFormatException;
import org.beamcat.ingest.convert.MemoryBudget;

/**
 * Reads a SPEC file one scan at a time: only the current scan's rows are held in memory. Lines it does
 * not convert ({@code #T}, {@code #G}, {@code #Q}, {@code #@MCA}..., MCA spectra in {@code @A} lines) are
 * skipped; everything it does convert is checked, and the first problem ends the file with a
 * {@link LegacyFormatException} naming the line.
 */
public final class SpecReader implements AutoCloseable {

    private final Path file;
    private final SpecLineSource lines;
    private final MemoryBudget budget;

    private String headerFile = "";
    private String headerEpoch = "";
    private String headerDate = "";
    private List<String> headerMotors = new ArrayList<>();
    private List<String> headerComments = new ArrayList<>();

    public SpecReader(Path file, MemoryBudget budget) throws IOException {
        this.file = file;
        this.budget = budget;
        this.lines = new SpecLineSource(file);
    }

    /** The next scan, or empty at the end of the file. */
    public Optional<SpecScan> next() throws IOException, ConversionException {
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            if (key(line).equals("#S")) {
                return Optional.of(readScan(value(line)));
            }
            readFileHeaderLine(line);
        }
        failIfTruncated();
        return Optional.empty();
    }

    private void readFileHeaderLine(String line) throws IOException, LegacyFormatException {
        if (!isHeader(line)) {
            throw error(lines.number(), "data outside a scan (no #S line before it)");
        }
        failIfCut();
        String key = key(line);
        String value = value(line);
        switch (key) {
            case "#F" -> {
                // A new #F means SPEC reopened the file: a new header block replaces the old one.
                headerFile = value;
                headerEpoch = "";
                headerDate = "";
                headerMotors = new ArrayList<>();
                headerComments = new ArrayList<>();
            }
            case "#E" -> headerEpoch = value;
            case "#D" -> headerDate = value;
            case "#C" -> headerComments.add(value);
            default -> {
                if (key.startsWith("#O")) {
                    headerMotors.addAll(splitNames(value));
                }
            }
        }
    }

    /** A scan runs from its #S line to a blank line, the next #S or a new file header (#F, #E). */
    private SpecScan readScan(String scanLineValue) throws IOException, ConversionException {
        long scanLine = lines.number();
        SpecFileHeader header = new SpecFileHeader(headerFile, headerEpoch, headerDate, headerMotors, headerComments);
        SpecScanBuilder scan = new SpecScanBuilder(scanLineValue, scanLine, header, budget, this::errorHere);
        String line;
        while ((line = lines.next()) != null && !line.isBlank()) {
            String key = key(line);
            if (key.equals("#S") || key.equals("#F") || key.equals("#E")) {
                lines.pushBack(line); // SPEC sometimes omits the blank line before them
                break;
            }
            failIfCut();
            if (isHeader(line)) {
                scan.header(key, value(line));
            } else {
                scan.row(line);
            }
        }
        if (line == null) {
            failIfTruncated();
        }
        return scan.build(reason -> error(scanLine, reason));
    }

    /** A last line without its newline is a file cut while SPEC was writing it. */
    private void failIfCut() throws IOException, LegacyFormatException {
        if (lines.lastLineIsCut()) {
            throw truncated();
        }
    }

    private void failIfTruncated() throws LegacyFormatException {
        if (lines.endedWithoutNewline()) {
            throw truncated();
        }
    }

    private LegacyFormatException truncated() {
        return errorHere("the file ends in the middle of this line (truncated?)");
    }

    private LegacyFormatException errorHere(String reason) {
        return error(lines.number(), reason);
    }

    private LegacyFormatException error(long line, String reason) {
        return LegacyFormatException.atLine(file, line, reason);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
