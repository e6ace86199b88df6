package org.beamcat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Scenario 5: the whole catalogue exported with {@code GET /icat/port} and imported again with {@code POST /icat/port}
 * (as root, into emptied tables), rows per second both ways; baseline: {@code pg_dump --data-only} and {@code psql} of
 * the same tables in the same run. Runs last: it empties the catalogue tables twice and leaves them as psql restored
 * them (the same rows, with their original ids).
 */
@Command(name = "port", description = "GET/POST /icat/port of the whole catalogue vs pg_dump/psql of its tables")
final class PortCommand implements Callable<Integer> {

    /** The catalogue's tables (ICAT 4.7 schema), without the sessions and the db authenticator's users. */
    static final List<String> TABLES = List.of("application", "datacollection", "datacollectiondatafile",
            "datacollectiondataset", "datacollectionparameter", "datafile", "datafileformat", "datafileparameter",
            "dataset", "datasetparameter", "datasettype", "facility", "facilitycycle", "grouping", "instrument",
            "instrumentscientist", "investigation", "investigationgroup", "investigationinstrument",
            "investigationparameter", "investigationtype", "investigationuser", "job", "keyword", "parametertype",
            "permissiblestringvalue", "publicstep", "publication", "relateddatafile", "rule_", "sample",
            "sampleparameter", "sampletype", "shift", "study", "studyinvestigation", "user_", "usergroup");

    @Mixin
    Target target;

    @Override
    public Integer call() throws Exception {
        Catalogue root = Catalogue.login(target, target.rootUser, target.rootPassword);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Path work = Files.createTempDirectory("bench-port");
        Path dump = work.resolve("icat.export");
        Path sql = work.resolve("tables.sql");
        List<Figure> figures = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        try (Connection db = target.connect()) {
            long rows = rows(db);

            long t0 = System.nanoTime();
            String json = "{\"sessionId\":\"" + root.session() + "\",\"attributes\":\"ALL\"}";
            HttpResponse<Path> exported = http.send(HttpRequest.newBuilder(target.url.resolve("/icat/port?json="
                    + URLEncoder.encode(json, StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(dump));
            double exportSeconds = (System.nanoTime() - t0) / 1e9;
            if (exported.statusCode() != 200) {
                throw new IllegalStateException("GET /icat/port answered " + exported.statusCode() + ": "
                        + Files.readString(dump));
            }
            long dumpRows = dataLines(dump);
            if (dumpRows != rows) {
                throw new IllegalStateException("the dump has " + dumpRows + " rows, the tables " + rows);
            }

            long t1 = System.nanoTime();
            run(List.of("pg_dump", "--data-only", "--no-owner", "-f", sql.toString()), true);
            double pgDumpSeconds = (System.nanoTime() - t1) / 1e9;

            empty(db);
            long t2 = System.nanoTime();
            String head = "--b\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{\"sessionId\":\""
                    + root.session() + "\",\"duplicate\":\"THROW\",\"attributes\":\"ALL\"}\r\n--b\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"icat.export\"\r\n\r\n";
            HttpResponse<String> imported = http.send(HttpRequest.newBuilder(target.url.resolve("/icat/port"))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                            HttpRequest.BodyPublishers.ofFile(dump),
                            HttpRequest.BodyPublishers.ofString("\r\n--b--\r\n"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - t2) / 1e9;
            if (imported.statusCode() != 204) {
                throw new IllegalStateException("POST /icat/port answered " + imported.statusCode() + ": "
                        + imported.body());
            }
            long importedRows = rows(db);
            if (importedRows != rows) {
                throw new IllegalStateException("the import wrote " + importedRows + " rows of " + rows);
            }

            empty(db);
            long t3 = System.nanoTime();
            run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", sql.toString()), false);
            double psqlSeconds = (System.nanoTime() - t3) / 1e9;
            if (rows(db) != rows) {
                throw new IllegalStateException("psql restored " + rows(db) + " rows of " + rows);
            }

            String note = rows + " rows, " + Files.size(dump) / 1_000_000 + " MB dump";
            figures.add(new Figure("port", "export (GET /icat/port, ALL)", "rows/s", rows / exportSeconds,
                    "pg_dump --data-only", rows / pgDumpSeconds, true, note));
            figures.add(new Figure("port", "import (POST /icat/port, ALL)", "rows/s", rows / importSeconds,
                    "psql of the pg_dump", rows / psqlSeconds, true, note));
            facts.put("port.rows", Long.toString(rows));
            facts.put("port.dumpBytes", Long.toString(Files.size(dump)));
            facts.put("port.exportSeconds", String.format("%.1f", exportSeconds));
            facts.put("port.importSeconds", String.format("%.1f", importSeconds));
            facts.put("port.pgDumpSeconds", String.format("%.1f", pgDumpSeconds));
            facts.put("port.psqlSeconds", String.format("%.1f", psqlSeconds));
            System.out.printf("port: %d rows; export %.1f s (pg_dump %.1f s), import %.1f s (psql %.1f s)%n", rows,
                    exportSeconds, pgDumpSeconds, importSeconds, psqlSeconds);
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(sql);
            Files.deleteIfExists(work);
        }
        ResultFile.write(target.parts, "5-port", figures, facts);
        return 0;
    }

    private static long rows(Connection db) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : " + ").append("(SELECT COUNT(*) FROM ").append(TABLES.get(i)).append(')');
        }
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql.toString())) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void empty(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("TRUNCATE TABLE " + String.join(", ", TABLES) + " CASCADE");
        }
    }

    /** Rows of a dump: lines that are not comments, blank, the version or a block's header. */
    static long dataLines(Path dump) throws IOException {
        long rows = 0;
        boolean header = false;
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            boolean version = false;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (!version) {
                    version = !line.isBlank();
                    continue;
                }
                if (line.isBlank()) {
                    header = true;
                } else if (header) {
                    header = false;
                } else {
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Runs a PostgreSQL client against the catalogue's database, the tables given with -t for pg_dump. */
    private void run(List<String> command, boolean tables) throws IOException, InterruptedException {
        URI jdbc = URI.create(target.jdbcUrl.substring("jdbc:".length()));
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-h", jdbc.getHost(), "-p", Integer.toString(jdbc.getPort() < 0 ? 5432 : jdbc.getPort()),
                "-U", target.jdbcUser, "-d", jdbc.getPath().substring(1)));
        if (tables) {
            TABLES.forEach(table -> args.addAll(List.of("-t", table)));
        }
        ProcessBuilder process = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        process.environment().put("PGPASSWORD", target.jdbcPassword);
        int status = process.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with status " + status);
        }
    }
}
