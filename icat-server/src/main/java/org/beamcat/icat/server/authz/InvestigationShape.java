package org.beamcat.icat.server.authz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.Join;
import org.beamcat.icat.server.query.ast.JoinType;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.SelectStatement;

/**
 * Recognises a READ rule of Investigation, Dataset or Datafile whose condition is about the row's investigation
 * alone, such as {@code SELECT x FROM Datafile x JOIN x.dataset ds JOIN ds.investigation i JOIN
 * i.investigationUsers iu JOIN iu.user u WHERE u.name = :user}, and writes it as the same rule over that
 * investigation ({@code SELECT i FROM Investigation i JOIN i.investigationUsers iu ...}). A row then satisfies the
 * rule exactly when its investigation satisfies the rewritten one, so the search engine can filter by a caller's
 * investigations instead of asking about every row.
 *
 * <p>Conservative: the row reaches its investigation by inner joins along its to-one chain ({@code investigation},
 * or {@code dataset} then {@code investigation}), and nothing else in the rule (other joins, the condition, its
 * sub-selects) mentions the row or the rows in between. Any other shape is left to the per-row check.
 */
final class InvestigationShape {

    private static final Map<String, List<String>> TO_INVESTIGATION = Map.of(
            "Investigation", List.of(),
            "Dataset", List.of("investigation"),
            "Datafile", List.of("dataset", "investigation"));

    /** The entities whose READ rules may be rewritten. */
    static final Set<String> ENTITIES = TO_INVESTIGATION.keySet();

    private InvestigationShape() {
    }

    /** True for the entities whose rules this class can rewrite. */
    static boolean applies(String entity) {
        return TO_INVESTIGATION.containsKey(entity);
    }

    /** The rule as a rule over the row's investigation, or empty when its condition may depend on the row itself. */
    static Optional<SelectStatement> overInvestigation(String entity, SelectStatement rule) {
        List<String> chain = TO_INVESTIGATION.get(entity);
        if (chain == null || rule.from().size() != 1 || !(rule.from().get(0) instanceof FromItem.EntityRange range)
                || !range.entity().equals(entity) || rule.selectItems().size() != 1
                || !(rule.selectItems().get(0) instanceof SelectItem.PathItem selected)
                || !selected.path().isVariableOnly() || !same(selected.path().variable(), range.variable())
                || !rule.groupBy().isEmpty() || rule.having().isPresent()) {
            return Optional.empty();
        }
        Set<String> rowAndBetween = new HashSet<>();
        String current = range.variable();
        int step = 0;
        List<Join> others = new ArrayList<>();
        for (Join join : range.joins()) {
            Path path = join.path();
            boolean nextOnChain = step < chain.size() && join.type() == JoinType.INNER
                    && same(path.variable(), current) && step + path.fields().size() <= chain.size()
                    && path.fields().equals(chain.subList(step, step + path.fields().size()));
            if (nextOnChain) {
                rowAndBetween.add(key(current));
                step += path.fields().size();
                current = join.variable();
            } else {
                others.add(join);
            }
        }
        if (step != chain.size()) {
            return Optional.empty();
        }
        List<Path> used = new ArrayList<>();
        collectPaths(others, used);
        rule.where().ifPresent(condition -> collectPaths(condition, used));
        if (used.stream().anyMatch(path -> rowAndBetween.contains(key(path.variable())))) {
            return Optional.empty();
        }
        return Optional.of(new SelectStatement(false, List.of(new SelectItem.PathItem(Path.of(current))),
                List.of(new FromItem.EntityRange("Investigation", current, others)), rule.where(), List.of(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    }

    /** Every {@link Path} in a part of the syntax tree (records, lists and optionals of them), sub-selects included. */
    static void collectPaths(Object node, List<Path> paths) {
        if (node instanceof Path path) {
            paths.add(path);
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(value -> collectPaths(value, paths));
        } else if (node instanceof Collection<?> values) {
            values.forEach(value -> collectPaths(value, paths));
        } else if (node instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collectPaths(component.getAccessor().invoke(record), paths);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component + " of the query tree", e);
                }
            }
        }
    }

    private static boolean same(String variable, String other) {
        return key(variable).equals(key(other));
    }

    private static String key(String variable) {
        return variable.toLowerCase(Locale.ROOT);
    }
}
