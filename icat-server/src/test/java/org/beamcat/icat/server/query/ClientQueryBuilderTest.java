package org.beamcat.icat.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.ast.ComparisonOperator;
import org.beamcat.icat.server.query.ast.Condition;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.Scalar;
import org.beamcat.icat.server.query.parse.QueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What icat-client's IcatQuery writes, read back by this server's parser (the ICAT 4.7 grammar): a hostile
 * value stays exactly one string literal with exactly its text, and the typed forms (timestamps, IN lists,
 * LIKE prefixes) are the literals the grammar expects.
 */
class ClientQueryBuilderTest {

    private final QueryParser parser = new QueryParser();

    private static Scalar path(String variable, String... fields) {
        return new Scalar.PathValue(Path.of(variable, fields));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x' OR '1'='1", "it''s", "'", "C:\\data\\", "\\'", "Éprouvette 試料 🧪", "a\nb\tc",
            ":name", "{ts 2026-01-01 00:00:00}", "--", "/* */", "' ORDER BY d.id LIMIT 0, 1 --", ""})
    void aHostileValueIsOneLiteralWithItsExactText(String value) throws IcatServerException {
        String query = IcatQuery.of("SELECT d FROM Dataset d WHERE d.name = :name").with("name", value).text();
        assertEquals(new Condition.Comparison(path("d", "name"), ComparisonOperator.EQUAL,
                new Literal.StringLiteral(value)), parser.parseSelect(query).where().orElseThrow());
    }

    @Test
    void timestampsAreTheGrammarsTimestampLiteral() throws IcatServerException {
        String query = IcatQuery.of("SELECT i FROM Investigation i WHERE i.startDate < :t")
                .with("t", OffsetDateTime.parse("2026-03-12T08:00:00+01:00")).text();
        assertEquals(new Condition.Comparison(path("i", "startDate"), ComparisonOperator.LESS,
                new Literal.TimestampLiteral(LocalDateTime.parse("2026-03-12T07:00:00"))),
                parser.parseSelect(query).where().orElseThrow());
    }

    @Test
    void inListsAndLikePrefixes() throws IcatServerException {
        String query = IcatQuery.of("SELECT d FROM Dataset d WHERE d.location IN :locations")
                .withStrings("locations", List.of("a'b", "c")).text();
        assertEquals(new Condition.InList(path("d", "location"),
                List.of(new Literal.StringLiteral("a'b"), new Literal.StringLiteral("c")), false),
                parser.parseSelect(query).where().orElseThrow());
        String like = IcatQuery.of("SELECT d FROM Dataset d WHERE d.location LIKE :p ESCAPE '!'")
                .withLikePrefix("p", "raw/s_1%'/").text();
        assertEquals(new Condition.Like(path("d", "location"), new Literal.StringLiteral("raw/s!_1!%'/%"),
                java.util.Optional.of(new Literal.StringLiteral("!")), false),
                parser.parseSelect(like).where().orElseThrow());
    }
}
