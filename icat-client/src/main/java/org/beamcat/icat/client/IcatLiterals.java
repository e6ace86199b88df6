package org.beamcat.icat.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values written into an ICAT query, in the one form ICAT 4.7's query language reads (and icat-server's
 * grammar, {@code STRING_LITERAL: '\'' (~'\'' | '\'\'')* '\''}): a string literal is single-quoted with
 * every quote doubled and nothing else changed (backslashes and unicode travel as they are); a timestamp is
 * {@code {ts yyyy-MM-dd HH:mm:ss}} in UTC. {@link IcatQuery} is the way modules use these.
 */
public final class IcatLiterals {

    /** The LIKE escape character {@link #likePrefix} uses: folder names often hold '_'. */
    public static final char LIKE_ESCAPE = '!';

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Z][A-Za-z]{0,63}");

    private IcatLiterals() {
    }

    /** {@code O'Brien} becomes {@code 'O''Brien'}. */
    public static String string(String text) {
        Objects.requireNonNull(text, "a string literal cannot be null (use IS NULL in the query)");
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code ('a', 'b')}: the list an IN takes; an empty collection is refused (ICAT rejects {@code IN ()}). */
    public static String stringList(Collection<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return texts.stream().map(IcatLiterals::string).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code (1, 2)}. */
    public static String numberList(Collection<? extends Number> numbers) {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return numbers.stream().map(n -> Long.toString(n.longValue())).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code {ts 2026-03-12 08:00:00}} (UTC, whole seconds: the only timestamp form ICAT's grammar has). */
    public static String timestamp(Instant time) {
        return "{ts " + TIMESTAMP.format(time) + "}";
    }

    public static String timestamp(OffsetDateTime time) {
        return timestamp(time.toInstant());
    }

    /**
     * A LIKE pattern matching everything that starts with {@code prefix}, to be followed in the query by
     * {@code ESCAPE '!'}: {@code %}, {@code _} and the escape itself are escaped, then {@code %} appended.
     */
    public static String likePrefix(String prefix) {
        StringBuilder escaped = new StringBuilder();
        for (char c : prefix.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return string(escaped.append('%').toString());
    }

    /** An entity name such as {@code Dataset}, checked so that only an identifier reaches the query. */
    public static String entityName(String name) {
        if (name == null || !ENTITY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an ICAT entity name: " + name);
        }
        return name;
    }
}
