package org.beamcat.ingest.convert.spec;

import java.util.List;

/**
 * One scan of a SPEC file, with its data held column by column.
 *
 * @param number      the number after {@code #S}; SPEC may repeat it in one file after a restart
 * @param command     the scan command after the number, e.g. {@code ascan th 0 1 10 0.1}
 * @param date        the scan's {@code #D} text (the file header's when the scan has none), or ""
 * @param positioners motors and their start positions ({@code #O} names with {@code #P} values)
 * @param labels      column labels of {@code #L}, in order
 * @param columns     {@code columns[c][row]}, one array per label, all of the same length
 * @param comments    the scan's {@code #C} lines
 * @param header      the file header in force for this scan
 * @param line        1-based line of the {@code #S} line
 */
public record SpecScan(int number, String command, String date, List<SpecPositioner> positioners,
                       List<String> labels, double[][] columns, List<String> comments, SpecFileHeader header,
                       long line) {

    public SpecScan {
        positioners = List.copyOf(positioners);
        labels = List.copyOf(labels);
        comments = List.copyOf(comments);
    }

    public int rowCount() {
        return columns.length == 0 ? 0 : columns[0].length;
    }
}
