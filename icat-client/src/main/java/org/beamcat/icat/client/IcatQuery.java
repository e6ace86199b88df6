package org.beamcat.icat.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An ICAT search built from a constant text and typed values, so that no caller concatenates a user's or a
 * message's value into the query language. The text names each value with a placeholder {@code :name}
 * (letters and digits); {@code with…} binds it, and {@link #text()} writes the query with every value in
 * its literal form ({@link IcatLiterals}). Placeholders inside quoted literals of the text are left alone.
 * An unbound placeholder, or a binding the text never uses, is a programming error
 * ({@link IllegalStateException}).
 *
 * <pre>{@code
 * IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.investigation.id = :inv AND d.location = :location")
 *         .with("inv", investigationId).with("location", location).text()
 * }</pre>
 *
 * <p>Immutable: each {@code with} returns a new query. The result is a plain ICAT 4.7 query string.
 */
public final class IcatQuery {

    private final String template;
    private final Map<String, String> literals;

    private IcatQuery(String template, Map<String, String> literals) {
        this.template = template;
        this.literals = literals;
    }

    /** A query text with {@code :name} placeholders; it must itself hold no caller-supplied value. */
    public static IcatQuery of(String template) {
        return new IcatQuery(Objects.requireNonNull(template, "template"), Map.of());
    }

    /** A string value, written as a quoted literal. */
    public IcatQuery with(String name, String value) {
        return bind(name, IcatLiterals.string(value));
    }

    /** A number (an id, a count). */
    public IcatQuery with(String name, long value) {
        return bind(name, Long.toString(value));
    }

    /** A point in time, written as {@code {ts …}} in UTC. */
    public IcatQuery with(String name, Instant value) {
        return bind(name, IcatLiterals.timestamp(value));
    }

    public IcatQuery with(String name, OffsetDateTime value) {
        return bind(name, IcatLiterals.timestamp(value));
    }

    /** Strings for an IN: {@code d.location IN :locations} becomes {@code d.location IN ('a', 'b')}. */
    public IcatQuery withStrings(String name, Collection<String> values) {
        return bind(name, IcatLiterals.stringList(values));
    }

    /** Numbers for an IN. */
    public IcatQuery withNumbers(String name, Collection<? extends Number> values) {
        return bind(name, IcatLiterals.numberList(values));
    }

    /** A LIKE pattern for "starts with": use as {@code x LIKE :p ESCAPE '!'}. */
    public IcatQuery withLikePrefix(String name, String prefix) {
        return bind(name, IcatLiterals.likePrefix(prefix));
    }

    /** An entity name (checked to be an identifier), for queries run over several entity types. */
    public IcatQuery withEntity(String name, String entityName) {
        return bind(name, IcatLiterals.entityName(entityName));
    }

    /** The query ICAT runs. */
    public String text() {
        StringBuilder out = new StringBuilder(template.length() + 64);
        java.util.Set<String> used = new java.util.HashSet<>();
        boolean inString = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\'') {
                inString = !inString; // a doubled quote toggles twice: still correct
                out.append(c);
                i++;
            } else if (c == ':' && !inString && i + 1 < template.length()
                    && Character.isLetter(template.charAt(i + 1))) {
                int end = i + 1;
                while (end < template.length() && Character.isLetterOrDigit(template.charAt(end))) {
                    end++;
                }
                String name = template.substring(i + 1, end);
                String literal = literals.get(name);
                if (literal == null) {
                    throw new IllegalStateException("no value bound for :" + name + " in " + template);
                }
                used.add(name);
                out.append(literal);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        if (!used.containsAll(literals.keySet())) {
            throw new IllegalStateException("bound but not in the query: " + literals.keySet() + " vs " + used);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    private IcatQuery bind(String name, String literal) {
        if (name == null || name.isEmpty() || !name.chars().allMatch(Character::isLetterOrDigit)
                || !Character.isLetter(name.charAt(0))) {
            throw new IllegalArgumentException("not a placeholder name: " + name);
        }
        if (literals.containsKey(name)) {
            throw new IllegalStateException(":" + name + " is bound twice");
        }
        Map<String, String> copy = new LinkedHashMap<>(literals);
        copy.put(name, literal);
        return new IcatQuery(template, copy);
    }
}
