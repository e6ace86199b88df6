package org.beamcat.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One of a portal's typical searches, asked of the catalogue (ICAT 6.1 {@code search/documents}, with facets)
 * and of PostgreSQL (full-text search over the bench's own {@code to_tsvector} tables with GIN indexes, or plain
 * SQL where the question has no words). The SQL answers rows {@code (kind, key, n)}: the page's hits
 * ({@code hit}), the number of matches ({@code total}) and the facet counts (kind = the dimension), in one
 * statement, restricted to the member's investigations by {@code %s} as in {@link BrowseQuery}.
 *
 * @param query the {@code query} parameter of search/documents, facets included
 */
record SearchQuestion(String name, JsonObject query, String sql) {

    static final int PAGE = 50;

    /** Facet ranges of dataset start dates, as a portal's date facet would ask them. */
    private static final List<String[]> HALF_YEARS = List.of(
            new String[] {"2024-H1", "2024-01-01T00:00", "2024-07-01T00:00"},
            new String[] {"2024-H2", "2024-07-01T00:00", "2025-01-01T00:00"},
            new String[] {"2025-H1", "2025-01-01T00:00", "2025-07-01T00:00"});

    private static final String MEMBER = " AND EXISTS (SELECT 1 FROM investigationuser iu JOIN user_ u"
            + " ON u.id = iu.user_id WHERE iu.investigation_id = i.id AND u.name = %s)";

    String sqlFor(String memberName) {
        String scope = memberName == null ? "" : String.format(MEMBER, CopyBaseline.literal(memberName));
        return sql.replace("%MEMBER%", scope);
    }

    /**
     * The four questions of the issue, chosen on the generated catalogue so that each has a known answer, and a
     * datafile name found in every dataset.
     */
    static List<SearchQuestion> all(Scale scale) {
        String word = CatalogueGenerator.WORDS.get(0);
        // Investigation 10 is one of the member's (every tenth), its second sample is on some of its datasets.
        String sample = CatalogueGenerator.sampleName(10, 1);
        String file = CatalogueGenerator.datafileName(42);
        long lastDataset = Math.max(29, scale.datasets() / 17);
        int investigations = Math.max(10, scale.investigations() / 17);
        LocalDateTime lower = CatalogueGenerator.start(0);
        LocalDateTime upper = CatalogueGenerator.start(investigations - 1).plusHours(2);
        return List.of(
                new SearchQuestion("a word of a title",
                        Json.createObjectBuilder().add("target", "Investigation").add("text", word)
                                .add("facets", facets("Investigation", false)).build(),
                        investigationSql("to_tsquery('simple', " + CopyBaseline.literal(word) + ")")),
                new SearchQuestion("a sample name",
                        Json.createObjectBuilder().add("target", "Dataset").add("text", "\"" + sample + "\"")
                                .add("facets", facets("Dataset", true)).build(),
                        datasetSql("JOIN bench_fts_dataset f ON f.id = ds.id, phraseto_tsquery('simple', "
                                + CopyBaseline.literal(sample) + ") q", "f.doc @@ q", "ts_rank(f.doc, q)")),
                new SearchQuestion("a parameter range with units",
                        Json.createObjectBuilder().add("target", "Dataset")
                                .add("parameters", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("name", "bench_p00").add("units", CatalogueGenerator.UNITS)
                                        .add("lowerNumericValue", 0).add("upperNumericValue", lastDataset)))
                                .add("facets", facets("Dataset", true)).build(),
                        datasetSql("", "EXISTS (SELECT 1 FROM datasetparameter p JOIN parametertype pt"
                                + " ON pt.id = p.parameter_type_id WHERE p.dataset_id = ds.id AND pt.name = 'bench_p00'"
                                + " AND pt.units = " + CopyBaseline.literal(CatalogueGenerator.UNITS)
                                + " AND p.numeric_value BETWEEN 0 AND " + lastDataset + ")", "0")),
                new SearchQuestion("a date range",
                        Json.createObjectBuilder().add("target", "Dataset").add("lower", millis(lower))
                                .add("upper", millis(upper)).add("facets", facets("Dataset", true)).build(),
                        datasetSql("", "ds.startdate BETWEEN " + timestamp(lower) + " AND " + timestamp(upper)
                                + " AND ds.enddate BETWEEN " + timestamp(lower) + " AND " + timestamp(upper), "0")),
                // One datafile of every dataset: the question whose candidates a member's rules must cut most.
                new SearchQuestion("a datafile name",
                        Json.createObjectBuilder().add("target", "Datafile").add("text", "\"" + file + "\"")
                                .add("facets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("target", "Datafile").add("dimensions", Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("dimension", "datafileFormat.name")))))
                                .build(),
                        datafileSql("phraseto_tsquery('simple', " + CopyBaseline.literal(file) + ")")));
    }

    private static JsonArrayBuilder facets(String target, boolean dates) {
        JsonArrayBuilder dimensions = Json.createArrayBuilder().add(Json.createObjectBuilder().add("dimension", "type.name"));
        if (dates) {
            JsonArrayBuilder ranges = Json.createArrayBuilder();
            for (String[] range : HALF_YEARS) {
                ranges.add(Json.createObjectBuilder().add("key", range[0]).add("from", millis(LocalDateTime.parse(range[1])))
                        .add("to", millis(LocalDateTime.parse(range[2]))));
            }
            dimensions.add(Json.createObjectBuilder().add("dimension", "startDate").add("ranges", ranges));
        }
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("target", target).add("dimensions", dimensions));
    }

    private static String investigationSql(String tsquery) {
        return "WITH m AS (SELECT i.id, i.type_id, ts_rank(f.doc, q) AS rank FROM bench_fts_investigation f"
                + " JOIN investigation i ON i.id = f.id, " + tsquery + " q WHERE f.doc @@ q%MEMBER%)"
                + " SELECT 'hit', id::text, 0 FROM (SELECT id FROM m ORDER BY rank DESC, id LIMIT " + PAGE + ") p"
                + " UNION ALL SELECT 'total', '', count(*) FROM m"
                + " UNION ALL SELECT 'type.name', t.name, count(*) FROM m JOIN investigationtype t ON t.id = m.type_id"
                + " GROUP BY t.name";
    }

    private static String datafileSql(String tsquery) {
        return "WITH m AS (SELECT df.id, df.datafileformat_id, ts_rank(f.doc, q) AS rank FROM bench_fts_datafile f"
                + " JOIN datafile df ON df.id = f.id JOIN dataset ds ON ds.id = df.dataset_id"
                + " JOIN investigation i ON i.id = ds.investigation_id, " + tsquery + " q WHERE f.doc @@ q%MEMBER%)"
                + " SELECT 'hit', id::text, 0 FROM (SELECT id FROM m ORDER BY rank DESC, id LIMIT " + PAGE + ") p"
                + " UNION ALL SELECT 'total', '', count(*) FROM m"
                + " UNION ALL SELECT 'datafileFormat.name', t.name, count(*) FROM m JOIN datafileformat t"
                + " ON t.id = m.datafileformat_id GROUP BY t.name";
    }

    private static String datasetSql(String from, String where, String rank) {
        StringBuilder sql = new StringBuilder("WITH m AS (SELECT ds.id, ds.type_id, ds.startdate, " + rank
                + " AS rank FROM dataset ds JOIN investigation i ON i.id = ds.investigation_id " + from + " WHERE "
                + where + "%MEMBER%)"
                + " SELECT 'hit', id::text, 0 FROM (SELECT id FROM m ORDER BY rank DESC, id LIMIT " + PAGE + ") p"
                + " UNION ALL SELECT 'total', '', count(*) FROM m"
                + " UNION ALL SELECT 'type.name', t.name, count(*) FROM m JOIN datasettype t ON t.id = m.type_id"
                + " GROUP BY t.name");
        for (String[] range : HALF_YEARS) {
            sql.append(" UNION ALL SELECT 'startDate', '").append(range[0]).append("', count(*) FROM m WHERE m.startdate >= ")
                    .append(timestamp(LocalDateTime.parse(range[1]))).append(" AND m.startdate < ")
                    .append(timestamp(LocalDateTime.parse(range[2])));
        }
        return sql.toString();
    }

    private static long millis(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String timestamp(LocalDateTime time) {
        return "TIMESTAMP '" + time.toString().replace('T', ' ') + "'";
    }

    JsonObjectBuilder describe() {
        return Json.createObjectBuilder().add("name", name).add("query", query);
    }
}
