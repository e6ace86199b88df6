package org.beamcat.ingest.convert.spec;

import java.util.Arrays;
import org.beamcat.ingest.convert.ConversionLimitException;
import org.beamcat.ingest.convert.MemoryBudget;

/** Growable primitive columns for one scan's rows, charged to the conversion's memory budget. */
final class ColumnBuffer {

    private final MemoryBudget budget;
    private double[][] columns;
    private int rows;

    ColumnBuffer(int columnCount, MemoryBudget budget) {
        this.budget = budget;
        this.columns = new double[columnCount][16];
    }

    void add(double[] row) throws ConversionLimitException {
        budget.reserve((long) Double.BYTES * row.length);
        if (rows == columns[0].length) {
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], rows * 2);
            }
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c][rows] = row[c];
        }
        rows++;
    }

    double[][] toColumns() {
        double[][] exact = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            exact[c] = Arrays.copyOf(columns[c], rows);
        }
        return exact;
    }
}
