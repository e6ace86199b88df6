package org.beamcat.ingest.convert.spec;

import static org.beamcat.ingest.convert.spec.SpecLines.splitNames;
import static org.beamcat.ingest.convert.spec.SpecLines.splitValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.beamcat.ingest.convert.ConversionLimitException;
import org.beamcat.ingest.convert.LegacyFormatException;
import org.beamcat.ingest.convert.MemoryBudget;

/**
 * Collects the lines of one scan and checks them as they come; {@code error} turns a reason into a
 * {@link LegacyFormatException} at the line being read.
 */
final class SpecScanBuilder {

    private final int number;
    private final String command;
    private final long line;
    private final SpecFileHeader header;
    private final MemoryBudget budget;
    private final Function<String, LegacyFormatException> error;

    private String date;
    private List<String> motorNames;
    private final List<Double> positions = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private Integer declaredColumns;
    private List<String> labels;
    private ColumnBuffer rows;

    SpecScanBuilder(String scanLineValue, long line, SpecFileHeader header, MemoryBudget budget,
                    Function<String, LegacyFormatException> error) throws LegacyFormatException {
        String[] numberAndCommand = scanLineValue.split("\\s+", 2);
        try {
            this.number = Integer.parseInt(numberAndCommand[0]);
        } catch (NumberFormatException e) {
            throw error.apply("#S must start with a scan number, not '" + numberAndCommand[0] + "'");
        }
        this.command = numberAndCommand.length > 1 ? numberAndCommand[1].strip() : "";
        this.line = line;
        this.header = header;
        this.budget = budget;
        this.error = error;
        this.date = header.date();
    }

    /** One header line of the scan; lines the converter does not use ({@code #T}, {@code #G}...) are ignored. */
    void header(String key, String value) throws LegacyFormatException {
        switch (key) {
            case "#D" -> date = value;
            case "#C" -> comments.add(value);
            case "#N" -> declaredColumns = columnCount(value);
            case "#L" -> labels(value);
            default -> {
                if (key.startsWith("#O")) {
                    checkIndex(key, "#O");
                    motorNames = motorNames == null ? new ArrayList<>() : motorNames;
                    motorNames.addAll(splitNames(value));
                } else if (key.startsWith("#P")) {
                    checkIndex(key, "#P");
                    for (String field : splitValues(value)) {
                        positions.add(number(field, "motor position '" + field + "' is not a number"));
                    }
                }
            }
        }
    }

    void row(String text) throws LegacyFormatException, ConversionLimitException {
        if (labels == null) {
            throw error.apply("data row before the #L line naming its columns");
        }
        String[] fields = splitValues(text);
        if (fields.length != labels.size()) {
            throw error.apply("the row has " + fields.length + " values but #L names " + labels.size() + " columns");
        }
        double[] row = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
            row[i] = number(fields[i], "'" + fields[i] + "' in column '" + labels.get(i) + "' is not a number");
        }
        rows.add(row);
    }

    /** The scan; {@code scanError} reports problems that concern the whole scan at its {@code #S} line. */
    SpecScan build(Function<String, LegacyFormatException> scanError) throws LegacyFormatException {
        List<String> names = motorNames != null ? motorNames : header.motorNames();
        if (!positions.isEmpty() && positions.size() != names.size()) {
            throw scanError.apply("scan " + number + ": #P lines give " + positions.size()
                    + " positions but #O lines name " + names.size() + " motors");
        }
        List<SpecPositioner> positioners = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            positioners.add(new SpecPositioner(names.get(i), positions.get(i)));
        }
        return new SpecScan(number, command, date, positioners, labels == null ? List.of() : labels,
                rows == null ? new double[0][] : rows.toColumns(), comments, header, line);
    }

    private int columnCount(String value) throws LegacyFormatException {
        // "#N 4"; some writers add more numbers after it (MCA channel counts): the first is the column count.
        String[] fields = splitValues(value);
        try {
            int n = Integer.parseInt(fields.length == 0 ? "" : fields[0]);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error.apply("#N must be a number of columns, not '" + value + "'");
    }

    /** Labels are two-space separated; a single-space reading is accepted only when it matches {@code #N}. */
    private void labels(String value) throws LegacyFormatException {
        if (labels != null) {
            throw error.apply("a second #L line in the same scan");
        }
        List<String> read = splitNames(value);
        if (read.isEmpty()) {
            throw error.apply("#L names no columns");
        }
        if (declaredColumns != null && read.size() != declaredColumns) {
            List<String> singleSpaced = Arrays.asList(splitValues(value));
            if (singleSpaced.size() != declaredColumns) {
                throw error.apply("#N says " + declaredColumns + " columns but #L names " + read.size() + ": " + read);
            }
            read = singleSpaced;
        }
        labels = read;
        rows = new ColumnBuffer(labels.size(), budget);
    }

    private void checkIndex(String key, String prefix) throws LegacyFormatException {
        try {
            Integer.parseInt(key.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw error.apply("'" + key + "' is not " + prefix + " followed by a line index");
        }
    }

    private double number(String text, String problem) throws LegacyFormatException {
        Double value = SpecNumbers.parse(text);
        if (value == null) {
            throw error.apply(problem);
        }
        return value;
    }
}
