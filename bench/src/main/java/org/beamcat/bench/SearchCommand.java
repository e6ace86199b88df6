package org.beamcat.bench;

import org.beamcat.icat.client.IcatQuery;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 5: free-text and faceted search (issue 15). First the whole catalogue is indexed again from the
 * database through root's {@code lucene/db} calls (clear, populate Investigation, Dataset and Datafile, wait
 * until nothing is populating, commit): documents per second and the index's size on disk, against the
 * PostgreSQL full-text baseline built on the same rows ({@link FtsBaseline}). Then a portal's typical
 * searches ({@link SearchQuestion}) through ICAT 6.1's {@code search/documents} with facets, as the member and as
 * root, p50/p99, each run back to back with the baseline's SQL; each pair is first checked to give the same
 * answer (total, facet counts, and the hits themselves when they fit on one page).
 */
@Command(name = "search", description = "index the catalogue, then portal searches (member and root) vs PostgreSQL FTS")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Option(names = "--runs", description = "timed runs per search and caller (default: the scale's browse runs)")
    Integer runs;

    @Option(names = "--domain-dir", description = "the domain's folder: the Lucene index is found under it (segments_N)")
    Path domainDir;

    @Override
    public Integer call() throws Exception {
        int n = runs != null ? runs : target.scale().browseRuns();
        Catalogue root = Catalogue.login(target, target.rootUser, target.rootPassword);
        Catalogue member = Catalogue.login(target, target.memberUser, target.memberPassword);
        Http1 http = new Http1(target.url);
        List<Figure> figures = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        try (Connection db = target.connect()) {
            long documents = root.count(IcatQuery.of("SELECT COUNT(i) FROM Investigation i")) + root.count(IcatQuery.of("SELECT COUNT(d) FROM Dataset d"))
                    + root.count(IcatQuery.of("SELECT COUNT(f) FROM Datafile f"));
            double indexSeconds = rebuild(http, root.session());
            long indexBytes = indexBytes();
            long t0 = System.nanoTime();
            long ftsDocuments = FtsBaseline.build(db);
            double ftsSeconds = (System.nanoTime() - t0) / 1e9;
            long ftsBytes = FtsBaseline.bytes(db);
            String note = String.format("%,d documents (investigations, datasets, datafiles)", documents);
            figures.add(new Figure("search", "index rebuild from the database", "docs/s", documents / indexSeconds,
                    "PostgreSQL to_tsvector tables + GIN build", ftsDocuments / ftsSeconds, true, note));
            if (indexBytes > 0) {
                figures.add(new Figure("search", "index size on disk", "MB", indexBytes / 1e6,
                        "PostgreSQL FTS tables + GIN indexes", ftsBytes / 1e6, false, note));
            }
            facts.put("search.documents", Long.toString(documents));
            facts.put("search.indexSeconds", String.format("%.1f", indexSeconds));
            facts.put("search.indexBytes", Long.toString(indexBytes));
            facts.put("search.ftsDocuments", Long.toString(ftsDocuments));
            facts.put("search.ftsSeconds", String.format("%.1f", ftsSeconds));
            facts.put("search.ftsBytes", Long.toString(ftsBytes));
            for (SearchQuestion question : SearchQuestion.all(target.scale())) {
                figures.addAll(measure(http, db, question, "member", member.session(), target.memberFullName(), n, facts));
                figures.addAll(measure(http, db, question, "root", root.session(), null, n, facts));
                System.out.printf("search: %s measured as member and root%n", question.name());
            }
            FtsBaseline.drop(db);
        }
        facts.put("search.runs", Integer.toString(n));
        facts.put("search.member", target.memberFullName());
        ResultFile.write(target.parts, "5-search", figures, facts);
        return 0;
    }

    /** Root's rebuild: clear, populate the three entities, wait until nothing populates, commit. Seconds. */
    private static double rebuild(Http1 http, String session) throws Exception {
        Map<String, String> form = Map.of("sessionId", session);
        http.delete("/icat/lucene/db", form);
        long start = System.nanoTime();
        for (String entity : List.of("Investigation", "Dataset", "Datafile")) {
            http.postForm("/icat/lucene/db/" + entity, form);
        }
        long lastReport = start;
        while (!Json.createReader(new StringReader(http.get("/icat/lucene/db", form))).readArray().isEmpty()) {
            Thread.sleep(200);
            if (System.nanoTime() - lastReport > 15_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf("search: index rebuild running for %.0f s%n", (lastReport - start) / 1e9);
            }
        }
        http.postForm("/icat/lucene/db", form);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Bytes of the folders under the domain that hold a Lucene commit point (segments_N), 0 when none is found. */
    private long indexBytes() throws IOException {
        if (domainDir == null || !Files.isDirectory(domainDir)) {
            return 0;
        }
        List<Path> indexes;
        try (Stream<Path> files = Files.walk(domainDir)) {
            indexes = files.filter(p -> p.getFileName().toString().startsWith("segments_")).map(Path::getParent)
                    .distinct().toList();
        }
        long bytes = 0;
        for (Path index : indexes) {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    bytes += Files.size(file);
                }
            }
        }
        return bytes;
    }

    private static List<Figure> measure(Http1 http, Connection db, SearchQuestion question, String caller,
            String session, String memberName, int n, Map<String, String> facts) throws Exception {
        Map<String, String> params = Map.of("sessionId", session, "query", question.query().toString(),
                "maxCount", Integer.toString(SearchQuestion.PAGE));
        String sql = question.sqlFor(memberName);
        String icatAnswer = icatAnswer(http.get("/icat/search/documents", params));
        String sqlAnswer = sqlAnswer(db, sql);
        if (!icatAnswer.equals(sqlAnswer)) {
            throw new IllegalStateException(question.name() + " as " + caller + ": the catalogue answered " + icatAnswer
                    + ", the SQL " + sqlAnswer + "\n" + question.query() + "\n" + sql);
        }
        facts.put("search." + question.name() + "." + caller, icatAnswer.replaceAll(" hits=\\[[^]]*]", ""));
        Latencies icat = new Latencies();
        Latencies direct = new Latencies();
        for (int run = -Math.max(5, n / 10); run < n; run++) {
            long t0 = System.nanoTime();
            http.get("/icat/search/documents", params);
            long t1 = System.nanoTime();
            sqlAnswer(db, sql);
            long t2 = System.nanoTime();
            if (run >= 0) {
                icat.add(t1 - t0);
                direct.add(t2 - t1);
            }
        }
        String note = answerNote(icatAnswer) + ", facets, page of " + SearchQuestion.PAGE + ", " + n + " runs";
        String label = question.name() + " as " + caller;
        return List.of(
                new Figure("search", label + " p50", "ms", icat.percentileMillis(50), "PostgreSQL FTS/SQL p50",
                        direct.percentileMillis(50), false, note),
                new Figure("search", label + " p99", "ms", icat.percentileMillis(99), "PostgreSQL FTS/SQL p99",
                        direct.percentileMillis(99), false, note));
    }

    private static String answerNote(String answer) {
        return answer.substring(0, answer.indexOf(';'));
    }

    /**
     * "total=N; type.name{raw=N}; startDate{2024-H1=N}; hits=[ids]": facets without zero counts, the hits' ids
     * sorted (only when they all fit on the page, since two engines rank equal scores differently).
     */
    static String icatAnswer(String json) {
        JsonObject answer = Json.createReader(new StringReader(json)).readObject();
        long total = answer.getJsonNumber("total").longValue();
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        JsonObject dimensions = answer.getJsonObject("dimensions");
        if (dimensions != null) {
            for (Map.Entry<String, JsonValue> dimension : dimensions.entrySet()) {
                String name = dimension.getKey().substring(dimension.getKey().indexOf('.') + 1);
                for (Map.Entry<String, JsonValue> label : dimension.getValue().asJsonObject().entrySet()) {
                    long count = label.getValue() instanceof JsonNumber number ? number.longValue()
                            : label.getValue().asJsonObject().getJsonNumber("count").longValue();
                    if (count > 0) {
                        facets.computeIfAbsent(name, k -> new TreeMap<>()).put(label.getKey(), count);
                    }
                }
            }
        }
        TreeSet<Long> hits = new TreeSet<>();
        answer.getJsonArray("results").forEach(r -> hits.add(r.asJsonObject().getJsonNumber("id").longValue()));
        return format(total, facets, hits);
    }

    static String sqlAnswer(Connection db, String sql) throws SQLException {
        long total = 0;
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        TreeSet<Long> hits = new TreeSet<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String kind = rows.getString(1);
                if (kind.equals("hit")) {
                    hits.add(Long.parseLong(rows.getString(2)));
                } else if (kind.equals("total")) {
                    total = rows.getLong(3);
                } else if (rows.getLong(3) > 0) {
                    facets.computeIfAbsent(kind, k -> new TreeMap<>()).put(rows.getString(2), rows.getLong(3));
                }
            }
        }
        return format(total, facets, hits);
    }

    private static String format(long total, Map<String, Map<String, Long>> facets, TreeSet<Long> hits) {
        StringBuilder s = new StringBuilder("total=" + total + ";");
        facets.forEach((name, labels) -> s.append(' ').append(name).append(labels).append(';'));
        s.append(" hits=").append(total <= SearchQuestion.PAGE ? hits.toString() : hits.size() + " of " + total);
        return s.toString();
    }
}
