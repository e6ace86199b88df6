package org.beamcat.portal.browse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beamcat.portal.catalogue.Slice;

/**
 * The query parameters of a list page, checked: {@code page} (1 to 9,999,999), {@code sort} (one of the list's
 * keys, lower case), {@code dir} ({@code asc} or {@code desc}) and {@code name} (a name prefix of at most 100
 * printable characters). Anything else is refused with {@link InvalidParameter}; absent ones take the defaults.
 */
public final class ListParameters {

    public static final String PAGE = "page";
    public static final String SORT = "sort";
    public static final String DIR = "dir";
    public static final String NAME = "name";

    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,6}");
    private static final Pattern SORT_KEY = Pattern.compile("[a-z]{1,20}");
    private static final Pattern PREFIX = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private ListParameters() {
    }

    public static <S extends Enum<S>> Slice<S> slice(Map<String, String> params, Class<S> sorts, S defaultSort,
            boolean defaultAscending, int pageSize) throws InvalidParameter {
        int page = 1;
        String pageText = params.get(PAGE);
        if (pageText != null) {
            if (!PAGE_NUMBER.matcher(pageText).matches()) {
                throw new InvalidParameter("page must be a whole number from 1");
            }
            page = Integer.parseInt(pageText);
        }
        S sort = defaultSort;
        String sortText = params.get(SORT);
        if (sortText != null) {
            if (!SORT_KEY.matcher(sortText).matches()) {
                throw new InvalidParameter("unknown sort key");
            }
            try {
                sort = Enum.valueOf(sorts, sortText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameter("unknown sort key");
            }
        }
        boolean ascending = defaultAscending;
        String dir = params.get(DIR);
        if (dir != null) {
            if (dir.equals("asc")) {
                ascending = true;
            } else if (dir.equals("desc")) {
                ascending = false;
            } else {
                throw new InvalidParameter("dir must be asc or desc");
            }
        }
        Optional<String> prefix = Optional.empty();
        String name = params.get(NAME);
        if (name != null && !name.isBlank()) {
            if (!PREFIX.matcher(name).matches()) {
                throw new InvalidParameter("name must be at most 100 printable characters");
            }
            prefix = Optional.of(name.strip());
        }
        return new Slice<>(page, pageSize, sort, ascending, prefix);
    }

    /** A required entity id. */
    public static long id(Map<String, String> params, String name) throws InvalidParameter {
        String text = params.get(name);
        if (text == null || !ID.matcher(text).matches()) {
            throw new InvalidParameter(name + " must be an id");
        }
        return Long.parseLong(text);
    }
}
