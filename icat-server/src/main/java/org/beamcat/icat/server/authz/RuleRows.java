package org.beamcat.icat.server.authz;

import java.util.List;

/**
 * The raw authorization tables as stored: every Rule and every PublicStep.
 *
 * @param rules       one entry per Rule row
 * @param publicSteps one entry per PublicStep row
 */
public record RuleRows(List<RuleRow> rules, List<PublicStepRow> publicSteps) {

    public RuleRows {
        rules = List.copyOf(rules);
        publicSteps = List.copyOf(publicSteps);
    }

    /** @param groupingId null when the rule applies to every user */
    public record RuleRow(long id, String crudFlags, String what, Long groupingId) {
    }

    public record PublicStepRow(String origin, String field) {
    }
}
