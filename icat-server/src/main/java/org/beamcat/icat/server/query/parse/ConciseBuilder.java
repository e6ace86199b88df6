package org.beamcat.icat.server.query.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.ast.AggregateFunction;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.IncludeClause;
import org.beamcat.icat.server.query.ast.Join;
import org.beamcat.icat.server.query.ast.JoinType;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.OrderItem;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.ast.SelectItem;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.grammar.IcatQueryParser;
import org.beamcat.icat.server.query.validation.IcatEnums;

/**
 * Builds the concise (legacy) dialect of contract 3.7 into the same {@link SelectStatement} the JPQL-like dialect
 * produces, so validation, authorization and translation are shared. Semantics:
 * <ul>
 * <li>the first entity of the chain is the result ({@code Dataset}, {@code Dataset.name}, {@code COUNT(Dataset)});
 * <li>{@code A <-> B} joins B through the one relationship field from A to B (or, when A has none, from the
 * nearest earlier entity of the chain that has exactly one); several candidate fields are an error;
 * <li>each {@code [cond]} is ANDed into WHERE, its paths taken relative to its entity ({@code type.name}); a bare
 * enum constant ({@code DATE_AND_TIME}) that is not a field becomes the enum literal; {@code :user} as usual;
 * <li>{@code ORDER BY} paths are relative to the result entity; {@code INCLUDE} takes entity types (or 1);
 * the leading {@code offset, count} becomes LIMIT;
 * <li>when a to-many relationship was joined, an entity result is DISTINCT and {@code COUNT(Entity)} counts
 * distinct entities, so that "related to" never repeats a row (unless ORDER BY names a related object's
 * attribute, which SELECT DISTINCT cannot order by on PostgreSQL).
 * </ul>
 */
final class ConciseBuilder {

    private final EntityModel model;
    private final StatementBuilder statements;

    ConciseBuilder(EntityModel model, int maxDepth) {
        this.model = model;
        this.statements = new StatementBuilder(maxDepth);
    }

    private record Link(EntityInfo entity, String variable) {
    }

    SelectStatement build(IcatQueryParser.ConciseQueryContext context) {
        Path head;
        Optional<AggregateFunction> aggregate = Optional.empty();
        boolean aggregateDistinct = false;
        if (context.conciseHead() instanceof IcatQueryParser.ConciseAggregateHeadContext aggregateHead) {
            head = StatementBuilder.path(aggregateHead.path());
            aggregate = Optional.of(ScalarBuilder.aggregate(aggregateHead.aggregateFunction()));
            aggregateDistinct = aggregateHead.DISTINCT() != null;
        } else {
            head = StatementBuilder.path(((IcatQueryParser.ConcisePathHeadContext) context.conciseHead()).path());
        }
        int headPosition = context.conciseHead().getStart().getStartIndex();
        if (aggregate.isPresent()) {
            headPosition = ((IcatQueryParser.ConciseAggregateHeadContext) context.conciseHead()).path().getStart()
                    .getStartIndex();
        }
        EntityInfo root = entity(head.variable(), headPosition);
        List<Link> chain = new ArrayList<>();
        Link rootLink = new Link(root, variable(root, 0));
        chain.add(rootLink);

        List<Condition> conditions = new ArrayList<>();
        condition(context.conciseCondition(), rootLink).ifPresent(conditions::add);

        List<Join> joins = new ArrayList<>();
        boolean toMany = false;
        for (IcatQueryParser.ConciseEntityContext related : context.conciseEntity()) {
            int position = related.entity.getStartIndex();
            EntityInfo entity = entity(related.entity.getText(), position);
            Link link = new Link(entity, variable(entity, chain.size()));
            Join join = join(chain, link, position);
            joins.add(join);
            toMany |= chain.stream().filter(l -> l.variable().equals(join.path().variable())).findFirst()
                    .flatMap(l -> l.entity().field(join.path().fields().get(0)))
                    .map(field -> field.kind() == FieldKind.TO_MANY).orElse(false);
            chain.add(link);
            condition(related.conciseCondition(), link).ifPresent(conditions::add);
        }

        List<OrderItem> orderBy = context.conciseOrderBy() == null ? List.of()
                : statements.withRewriter(relativeTo(rootLink),
                        () -> statements.orderItems(context.conciseOrderBy().orderItem()));
        // SELECT DISTINCT may only ORDER BY the selected entity's own columns on PostgreSQL: ordering by a related
        // object's attribute (type.name) keeps the rows as joined rather than fail.
        boolean ordersByOwnColumns = orderBy.stream().allMatch(order -> order.value() instanceof Scalar.PathValue p
                && p.path().fields().size() == 1);
        Path selected = new Path(rootLink.variable(), head.fields());
        boolean entityResult = head.fields().isEmpty();
        SelectItem item;
        boolean distinct = context.DISTINCT() != null;
        if (aggregate.isPresent()) {
            boolean countEntities = aggregate.get() == AggregateFunction.COUNT && entityResult && toMany;
            item = new SelectItem.AggregateItem(aggregate.get(), aggregateDistinct || countEntities, selected);
        } else {
            item = new SelectItem.PathItem(selected);
            distinct |= entityResult && toMany && ordersByOwnColumns;
        }

        Optional<Condition> where = conditions.isEmpty() ? Optional.empty()
                : Optional.of(conditions.size() == 1 ? conditions.get(0) : new Condition.And(conditions));
        Optional<IncludeClause> include = Optional.ofNullable(context.conciseInclude()).map(ConciseBuilder::include);
        Optional<Limit> limit = Optional.empty();
        if (context.offset != null) {
            limit = Optional.of(new Limit(
                    LiteralParser.limitValue(context.offset.getText(), context.offset.getStartIndex(), "offset"),
                    OptionalInt.of(LiteralParser.limitValue(context.count.getText(), context.count.getStartIndex(),
                            "count"))));
        }
        return new SelectStatement(distinct, List.of(item),
                List.of(new FromItem.EntityRange(root.name(), rootLink.variable(), joins)), where, List.of(),
                Optional.empty(), orderBy, include, limit);
    }

    private EntityInfo entity(String name, int position) {
        return model.entity(name).orElseThrow(() -> QuerySyntaxError.at(position,
                TokenDescriptions.quote(name) + " is not an ICAT entity (the concise dialect starts each element of "
                        + "a <-> chain with an entity name, e.g. Dataset <-> Investigation [name = 'x'])"));
    }

    /** Generated variable names cannot clash with anything the client writes ($ and a position). */
    private static String variable(EntityInfo entity, int index) {
        return entity.name().substring(0, 1).toLowerCase(Locale.ROOT) + entity.name().substring(1) + "$" + index;
    }

    private Optional<Condition> condition(IcatQueryParser.ConciseConditionContext context, Link link) {
        if (context == null) {
            return Optional.empty();
        }
        return Optional.of(statements.withRewriter(relativeTo(link), () -> statements.condition(context.condition())));
    }

    /** The join reaching {@code next}: from the previous entity, else from the nearest earlier one related to it. */
    private static Join join(List<Link> chain, Link next, int position) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Link from = chain.get(i);
            List<FieldInfo> candidates = from.entity().fields().stream()
                    .filter(field -> field.isRelationship() && next.entity().name().equals(field.targetEntity()))
                    .toList();
            if (candidates.size() > 1) {
                throw QuerySyntaxError.at(position, from.entity().name() + " <-> " + next.entity().name()
                        + " is ambiguous: " + from.entity().name() + " is related to " + next.entity().name()
                        + " through " + String.join(", ", candidates.stream().map(FieldInfo::name).sorted().toList())
                        + "; use the SELECT form with an explicit JOIN");
            }
            if (candidates.size() == 1) {
                return new Join(JoinType.INNER, Path.of(from.variable(), candidates.get(0).name()), next.variable());
            }
        }
        throw QuerySyntaxError.at(position, next.entity().name() + " is not related to "
                + String.join(" or ", chain.stream().map(l -> l.entity().name()).distinct().toList())
                + " (<-> needs a relationship between neighbouring entities)");
    }

    private static IncludeClause include(IcatQueryParser.ConciseIncludeContext context) {
        if (context.one != null) {
            return StatementBuilder.includeOne(context.one);
        }
        return new IncludeClause.EntityTypes(context.IDENT().stream().map(node -> node.getText()).toList());
    }

    /** Paths inside {@code Entity [ ... ]} are fields of that entity; a bare enum constant is a literal. */
    private static StatementBuilder.PathRewriter relativeTo(Link link) {
        return new StatementBuilder.PathRewriter() {
            @Override
            public Scalar scalar(Path raw, int position) {
                if (raw.fields().isEmpty() && link.entity().field(raw.variable()).isEmpty()) {
                    Optional<String> enumType = IcatEnums.enumDeclaring(raw.variable());
                    if (enumType.isPresent()) {
                        return new Literal.EnumLiteral(enumType.get(), raw.variable());
                    }
                }
                return new Scalar.PathValue(path(raw, position));
            }

            @Override
            public Path path(Path raw, int position) {
                if (link.entity().field(raw.variable()).isEmpty()) {
                    throw QuerySyntaxError.at(position, TokenDescriptions.quote(raw.variable())
                            + " is not a field of " + link.entity().name()
                            + " (conditions in [ ] refer to the fields of the entity before them)");
                }
                List<String> fields = new ArrayList<>();
                fields.add(raw.variable());
                fields.addAll(raw.fields());
                return new Path(link.variable(), fields);
            }
        };
    }
}
