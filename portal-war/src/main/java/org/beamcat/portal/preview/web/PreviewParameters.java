package org.beamcat.portal.preview.web;

import java.util.regex.Pattern;
import org.beamcat.portal.browse.InvalidParameter;

/**
 * The preview's request parameters, checked: a dataset id (1 to 18 digits, not 0) and an optional frame of a
 * stack (0 to 999,999,999). Nothing else is accepted: a path is never a parameter.
 */
final class PreviewParameters {

    static final String DATASET = "dataset";
    static final String FRAME = "frame";

    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");
    private static final Pattern FRAME_NUMBER = Pattern.compile("0|[1-9]\\d{0,8}");

    private PreviewParameters() {
    }

    /** A required id; {@code values} as the request has them (a repeated parameter is refused). */
    static long id(String[] values, String name) throws InvalidParameter {
        String text = single(values, name);
        if (text == null || !ID.matcher(text).matches()) {
            throw new InvalidParameter(name + " must be an id");
        }
        return Long.parseLong(text);
    }

    /** An optional frame: null when absent or empty. */
    static Integer frame(String[] values) throws InvalidParameter {
        String text = single(values, FRAME);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!FRAME_NUMBER.matcher(text).matches()) {
            throw new InvalidParameter("frame must be a whole number from 0");
        }
        return Integer.valueOf(text);
    }

    private static String single(String[] values, String name) throws InvalidParameter {
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new InvalidParameter(name + " is given more than once");
        }
        return values[0];
    }
}
