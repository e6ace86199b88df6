package org.beamcat.icat.server.query.translation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which entities of a search the caller's READ rules restrict ({@code beamcat.icat.rule-scope}).
 */
public enum RuleScope {

    /**
     * Every entity the query touches: each variable of FROM and JOIN (a LEFT join through its ON condition), every
     * entity a path steps through in SELECT, WHERE, GROUP BY, HAVING and ORDER BY, and the same inside
     * sub-selects. A row that needs an unreadable entity behaves as if that entity did not exist.
     */
    EVERY_ENTITY("every-entity"),

    /** ICAT's own semantics: only the entities the SELECT list returns (or whose attributes it returns). */
    SELECTED_ENTITY("selected-entity");

    private final String setting;

    RuleScope(String setting) {
        this.setting = setting;
    }

    /** The value as written in the configuration. */
    public String setting() {
        return setting;
    }

    public static Optional<RuleScope> ofSetting(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(scope -> scope.setting.equals(wanted)).findFirst();
    }
}
