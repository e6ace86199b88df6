package org.beamcat.portal.catalogue;

import java.math.BigDecimal;

/** Numbers as people read them: {@code 43.35}, not {@code 43.350000000000001} or {@code 4.335E1}. */
final class ParameterValues {

    private ParameterValues() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
