package org.beamcat.portal.cart.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Entity ids as forms and links carry them: 1 to 18 digits, above zero; anything else is a 400. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private Ids() {
    }

    public static OptionalLong parse(String text) {
        if (text == null || !ID.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
