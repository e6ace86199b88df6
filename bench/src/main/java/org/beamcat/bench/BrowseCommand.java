package org.beamcat.bench;

import org.beamcat.icat.client.IcatQuery;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 2, second half: TopCAT's browse queries over HTTP (GET entityManager) as a non-root member and
 * as root, p50/p99, each run back to back with its hand-written SQL over JDBC so that both sides see the
 * same machine load. Before timing, each pair is checked to give the same answer (row count or count).
 */
@Command(name = "browse", description = "TopCAT browse queries (member and root) vs hand-written SQL")
final class BrowseCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Option(names = "--runs", description = "timed runs per query and caller (default: the scale's)")
    Integer runs;

    @Override
    public Integer call() throws Exception {
        int n = runs != null ? runs : target.scale().browseRuns();
        Catalogue root = Catalogue.login(target, target.rootUser, target.rootPassword);
        Catalogue member = Catalogue.login(target, target.memberUser, target.memberPassword);
        BrowseQuery.Place place = place(root);
        Http1 http = new Http1(target.url);
        List<Figure> figures = new ArrayList<>();
        try (Connection db = target.connect()) {
            List<BrowseQuery> queries = BrowseQuery.all(place);
            long started = System.nanoTime();
            for (int i = 0; i < queries.size(); i++) {
                BrowseQuery query = queries.get(i);
                figures.addAll(measure(http, db, query, "member", member.session(), target.memberFullName(), n));
                figures.addAll(measure(http, db, query, "root", root.session(), null, n));
                // A slow query holds the scenario for minutes (500 runs each): say how far it got.
                System.out.printf("browse: %d of %d queries measured as member and root (%s) in %.0f s%n", i + 1,
                        queries.size(), query.name(), (System.nanoTime() - started) / 1e9);
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("browse.runs", Integer.toString(n));
        facts.put("browse.member", target.memberFullName());
        facts.put("browse.place", place.toString());
        ResultFile.write(target.parts, "2b-browse", figures, facts);
        return 0;
    }

    /** The member's first generated investigation (the generator adds the member to every tenth) and its first dataset. */
    private static BrowseQuery.Place place(Catalogue root) throws Exception {
        long facility = root.idByName("Facility", "ESRF");
        long investigation = root.findId(IcatQuery.of("SELECT i.id FROM Investigation i WHERE i.name = :name")
                .with("name", CatalogueGenerator.PREFIX + "00000")).orElseThrow(() -> new IllegalStateException(
                        "no generated investigation " + CatalogueGenerator.PREFIX + "00000: run the generate scenario first"));
        long dataset = root.id(IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.investigation.id = :id ORDER BY d.name")
                .with("id", investigation));
        return new BrowseQuery.Place(facility, investigation, dataset);
    }

    private static List<Figure> measure(Http1 http, Connection db, BrowseQuery query, String caller, String session,
            String memberName, int n) throws Exception {
        Map<String, String> params = Map.of("sessionId", session, "query", query.icat().text());
        String sql = query.sqlFor(memberName);
        String icatAnswer = answer(query, http.get("/icat/entityManager", params));
        String sqlAnswer = sqlAnswer(query, db, sql);
        if (!icatAnswer.equals(sqlAnswer)) {
            throw new IllegalStateException(query.name() + " as " + caller + ": the catalogue answered " + icatAnswer
                    + ", the SQL " + sqlAnswer + "\n" + query.icat().text() + "\n" + sql);
        }
        Latencies icat = new Latencies();
        Latencies direct = new Latencies();
        for (int run = -Math.max(5, n / 10); run < n; run++) {
            long t0 = System.nanoTime();
            http.get("/icat/entityManager", params);
            long t1 = System.nanoTime();
            runSql(db, sql);
            long t2 = System.nanoTime();
            if (run >= 0) {
                icat.add(t1 - t0);
                direct.add(t2 - t1);
            }
        }
        String note = "answer " + icatAnswer + ", " + n + " runs";
        String label = query.name() + " as " + caller;
        return List.of(
                new Figure("browse", label + " p50", "ms", icat.percentileMillis(50), "SQL over JDBC p50",
                        direct.percentileMillis(50), false, note),
                new Figure("browse", label + " p99", "ms", icat.percentileMillis(99), "SQL over JDBC p99",
                        direct.percentileMillis(99), false, note));
    }

    /** "N rows" for pages, the number for counts. */
    private static String answer(BrowseQuery query, String json) {
        JsonArray rows = Json.createReader(new StringReader(json)).readArray();
        return query.sqlScope().equals("count") ? rows.getJsonNumber(0).toString() : rows.size() + " rows";
    }

    private static String sqlAnswer(BrowseQuery query, Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (query.sqlScope().equals("count")) {
                rows.next();
                return Long.toString(rows.getLong(1));
            }
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count + " rows";
        }
    }

    /** Runs the SQL and reads every column of every row, as a client that uses the answer would. */
    private static void runSql(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
    }
}
