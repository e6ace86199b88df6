package org.beamcat.ingest.convert.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final BufferedReader in;
    private final MemoryBudget budget;
    private final boolean endsWithNewline;

    private long lineNumber;
    private String pendingLine;
    private boolean inMcaContinuation;

    private String headerFile = "";
    private String headerEpoch = "";
    private String headerDate = "";
    private List<String> headerMotors = new ArrayList<>();
    private List<String> headerComments = new ArrayList<>();

    public SpecReader(Path file, MemoryBudget budget) throws IOException {
        this.file = file;
        this.budget = budget;
        this.endsWithNewline = endsWithNewline(file);
        // ISO-8859-1 maps every byte to a character, so stray bytes surface as a parse error with a line number.
        this.in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    }

    /** The next scan, or empty at the end of the file. */
    public Optional<SpecScan> next() throws IOException, ConversionException {
        String line;
        while ((line = readLine()) != null) {
            if (line.isBlank() || isSkippedMca(line)) {
                continue;
            }
            if (line.startsWith("#S")) {
                return Optional.of(readScan(line));
            }
            readFileHeaderLine(line);
        }
        failIfTruncated();
        return Optional.empty();
    }

    private void readFileHeaderLine(String line) throws LegacyFormatException {
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
                    addNames(headerMotors, key, value, "#O");
                } else if (!key.startsWith("#")) {
                    throw error(lineNumber, "data outside a scan (no #S line before it)");
                }
            }
        }
    }

    private SpecScan readScan(String scanLine) throws IOException, ConversionException {
        long scanLineNumber = lineNumber;
        String[] numberAndCommand = value(scanLine).split("\\s+", 2);
        int number;
        try {
            number = Integer.parseInt(numberAndCommand[0]);
        } catch (NumberFormatException e) {
            throw error(scanLineNumber, "#S must start with a scan number, not '" + numberAndCommand[0] + "'");
        }
        String command = numberAndCommand.length > 1 ? numberAndCommand[1].strip() : "";
        String date = headerDate;
        List<String> motorNames = null;
        List<Double> positions = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Integer declaredColumns = null;
        List<String> labels = null;
        ColumnBuffer rows = null;

        String line;
        while ((line = readLine()) != null) {
            if (line.isBlank()) {
                break;
            }
            if (isSkippedMca(line)) {
                continue;
            }
            if (line.startsWith("#S") || line.startsWith("#F") || line.startsWith("#E")) {
                pendingLine = line; // the next scan or file header; SPEC sometimes omits the blank line
                lineNumber--;
                break;
            }
            String key = key(line);
            if (!key.startsWith("#")) {
                if (labels == null) {
                    throw error(lineNumber, "data row before the #L line naming its columns");
                }
                if (!endsWithNewline && atEndOfFile()) {
                    throw truncated(lineNumber);
                }
                rows.add(parseRow(line, labels));
                continue;
            }
            String value = value(line);
            switch (key) {
                case "#D" -> date = value;
                case "#C" -> comments.add(value);
                case "#N" -> declaredColumns = parseColumnCount(value);
                case "#L" -> {
                    if (rows != null) {
                        throw error(lineNumber, "a second #L line in the same scan");
                    }
                    labels = parseLabels(value, declaredColumns);
                    rows = new ColumnBuffer(labels.size(), budget);
                }
                default -> {
                    if (key.startsWith("#O")) {
                        motorNames = motorNames == null ? new ArrayList<>() : motorNames;
                        addNames(motorNames, key, value, "#O");
                    } else if (key.startsWith("#P")) {
                        addPositions(positions, value);
                    }
                }
            }
        }
        if (line == null) {
            failIfTruncated();
        }
        List<String> names = motorNames != null ? motorNames : headerMotors;
        if (!positions.isEmpty() && positions.size() != names.size()) {
            throw error(scanLineNumber, "scan " + number + ": #P lines give " + positions.size()
                    + " positions but #O lines name " + names.size() + " motors");
        }
        List<SpecPositioner> positioners = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            positioners.add(new SpecPositioner(names.get(i), positions.get(i)));
        }
        return new SpecScan(number, command, date, positioners, labels == null ? List.of() : labels,
                rows == null ? new double[0][] : rows.toColumns(), comments, currentHeader(), scanLineNumber);
    }

    private SpecFileHeader currentHeader() {
        return new SpecFileHeader(headerFile, headerEpoch, headerDate, headerMotors, headerComments);
    }

    private int parseColumnCount(String value) throws LegacyFormatException {
        // "#N 4" — some writers add more numbers after it (e.g. MCA channel counts); the first is the column count.
        String first = value.split("\\s+")[0];
        try {
            int n = Integer.parseInt(first);
            if (n < 1) {
                throw error(lineNumber, "#N must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(lineNumber, "#N must be a number of columns, not '" + value + "'");
        }
    }

    /**
     * SPEC separates labels with two spaces because a label may contain one ("Two Theta"). Files edited
     * by hand sometimes use one space; that reading is accepted only when it matches {@code #N}.
     */
    private List<String> parseLabels(String value, Integer declaredColumns) throws LegacyFormatException {
        List<String> labels = splitNames(value);
        if (labels.isEmpty()) {
            throw error(lineNumber, "#L names no columns");
        }
        if (declaredColumns == null || labels.size() == declaredColumns) {
            return labels;
        }
        List<String> singleSpaced = Arrays.asList(value.strip().split("\\s+"));
        if (singleSpaced.size() == declaredColumns) {
            return singleSpaced;
        }
        throw error(lineNumber, "#N says " + declaredColumns + " columns but #L names " + labels.size() + ": " + labels);
    }

    private double[] parseRow(String line, List<String> labels) throws LegacyFormatException {
        String[] fields = line.strip().split("\\s+");
        if (fields.length != labels.size()) {
            throw error(lineNumber, "the row has " + fields.length + " values but #L names " + labels.size() + " columns");
        }
        double[] row = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Double value = SpecNumbers.parse(fields[i]);
            if (value == null) {
                throw error(lineNumber, "'" + fields[i] + "' in column '" + labels.get(i) + "' is not a number");
            }
            row[i] = value;
        }
        return row;
    }

    private void addPositions(List<Double> positions, String value) throws LegacyFormatException {
        if (value.isBlank()) {
            return;
        }
        for (String field : value.strip().split("\\s+")) {
            Double position = SpecNumbers.parse(field);
            if (position == null) {
                throw error(lineNumber, "motor position '" + field + "' is not a number");
            }
            positions.add(position);
        }
    }

    private void addNames(List<String> names, String key, String value, String prefix) throws LegacyFormatException {
        try {
            Integer.parseInt(key.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw error(lineNumber, "'" + key + "' is not " + prefix + " followed by a line index");
        }
        names.addAll(splitNames(value));
    }

    private static List<String> splitNames(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s{2,}"));
    }

    /** MCA spectra ({@code @A} lines, continued with a trailing backslash) are not converted. */
    private boolean isSkippedMca(String line) {
        boolean skipped = inMcaContinuation || line.startsWith("@A");
        if (skipped) {
            inMcaContinuation = line.endsWith("\\");
        }
        return skipped;
    }

    private static String key(String line) {
        int space = indexOfWhitespace(line);
        return space < 0 ? line : line.substring(0, space);
    }

    private static String value(String line) {
        int space = indexOfWhitespace(line);
        return space < 0 ? "" : line.substring(space + 1).strip();
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private String readLine() throws IOException {
        lineNumber++;
        if (pendingLine != null) {
            String line = pendingLine;
            pendingLine = null;
            return line;
        }
        return in.readLine();
    }

    /** Called once {@link #readLine()} returned null: the last line was {@code lineNumber - 1}. */
    private void failIfTruncated() throws LegacyFormatException {
        if (!endsWithNewline) {
            throw truncated(lineNumber - 1);
        }
    }

    private LegacyFormatException truncated(long line) {
        return error(line, "the file ends in the middle of this line (truncated?)");
    }

    private boolean atEndOfFile() throws IOException {
        if (pendingLine != null) {
            return false;
        }
        in.mark(1);
        boolean end = in.read() < 0;
        in.reset();
        return end;
    }

    private LegacyFormatException error(long line, String reason) {
        return LegacyFormatException.atLine(file, line, reason);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
