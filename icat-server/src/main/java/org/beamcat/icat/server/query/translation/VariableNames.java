package org.beamcat.icat.server.query.translation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every identification variable a generated name ({@code v1}, {@code v2} ... or with another prefix for
 * rule sub-selects), so the client's variable names never reach JPQL and embedded queries cannot capture each
 * other's variables. Sub-selects open a nested scope whose names are dropped again afterwards.
 */
final class VariableNames {

    private final String prefix;
    private int counter;
    private Map<String, String> names = new HashMap<>();

    VariableNames(String prefix) {
        this.prefix = prefix;
    }

    /** Declares a client variable (matched case-insensitively, as validated) and returns its JPQL name. */
    String declare(String clientName) {
        String name = fresh();
        names.put(key(clientName), name);
        return name;
    }

    /**
     * Lets a client variable stand for a JPQL expression of the enclosing query (a rule's root variable standing
     * for the row the rule is checked on), instead of declaring a range of its own.
     */
    void bind(String clientName, String jpqlExpression) {
        names.put(key(clientName), jpqlExpression);
    }

    /** A name for a variable the translator introduces itself, e.g. a join for a collection path in SELECT. */
    String fresh() {
        counter++;
        return prefix + counter;
    }

    /** How many names were handed out: a mark to {@link #release} names not used after all. */
    int mark() {
        return counter;
    }

    /** Hands out the names since {@code mark} again (a rewrite that was not needed). */
    void release(int mark) {
        counter = mark;
    }

    String of(String clientName) {
        String name = names.get(key(clientName));
        if (name == null) {
            throw new IllegalStateException("variable " + clientName + " used before its declaration");
        }
        return name;
    }

    Map<String, String> openScope() {
        Map<String, String> saved = names;
        names = new HashMap<>(names);
        return saved;
    }

    void closeScope(Map<String, String> saved) {
        names = saved;
    }

    private static String key(String clientName) {
        return clientName.toLowerCase(Locale.ROOT);
    }
}
