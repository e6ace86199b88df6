package org.beamcat.landing.doi.validation;

import java.util.regex.Pattern;

/** ORCID iD syntax and its ISO 7064 MOD 11-2 check character, which catches most typing errors. */
public final class Orcid {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern URL_PREFIX = Pattern.compile("^https?://orcid\\.org/");

    private Orcid() {
    }

    /** Accepts the bare form {@code 0000-0002-9183-7206} or the URL {@code https://orcid.org/0000-...}. */
    public static boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        String bare = URL_PREFIX.matcher(id.strip()).replaceFirst("");
        if (!FORM.matcher(bare).matches()) {
            return false;
        }
        String digits = bare.replace("-", "");
        return checkCharacter(digits.substring(0, 15)) == digits.charAt(15);
    }

    /** The check character for the first fifteen digits of an iD. */
    static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            total = (total + Character.digit(fifteenDigits.charAt(i), 10)) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : Character.forDigit(result, 10);
    }
}
