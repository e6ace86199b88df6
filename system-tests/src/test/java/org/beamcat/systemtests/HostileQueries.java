package org.beamcat.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A deterministic corpus of hostile catalogue queries: the same seed gives the same list. Templates over every
 * entity and both dialects (joins, LEFT joins, sub-selects, GROUP BY/HAVING, aggregates, arithmetic with zero,
 * huge numbers, NUL and control characters, unicode, quotes, deep nesting, huge IN lists, very long text, INCLUDE,
 * hostile LIMITs, parameters), then random mutations of them (characters dropped, doubled, inserted, cut).
 * Queries stay cheap on the demo data unless they are meant to be refused: at most two FROM variables.
 */
final class HostileQueries {

    static final String[] ENTITIES = {"Application", "DataCollection", "DataCollectionDatafile",
        "DataCollectionDataset", "DataCollectionParameter", "Datafile", "DatafileFormat", "DatafileParameter", "Dataset",
        "DatasetParameter", "DatasetType", "Facility", "FacilityCycle", "Grouping", "Instrument", "InstrumentScientist",
        "Investigation", "InvestigationGroup", "InvestigationInstrument", "InvestigationParameter", "InvestigationType",
        "InvestigationUser", "Job", "Keyword", "ParameterType", "PermissibleStringValue", "PublicStep", "Publication",
        "RelatedDatafile", "Rule", "Sample", "SampleParameter", "SampleType", "Shift", "Study", "StudyInvestigation",
        "User", "UserGroup"};

    /** Entity, a string attribute, a numeric attribute, a to-one path, a to-many path (null: none). */
    private static final String[][] SHAPES = {
        {"Dataset", "name", "id", "investigation", "datafiles"},
        {"Datafile", "location", "fileSize", "dataset", "parameters"},
        {"Investigation", "title", "id", "facility", "investigationUsers"},
        {"InvestigationUser", "role", "id", "user", null},
        {"User", "name", "id", null, "investigationUsers"},
        {"Facility", "name", "daysUntilRelease", null, "investigations"},
        {"DatasetParameter", "stringValue", "numericValue", "type", null},
        {"ParameterType", "name", "minimumNumericValue", "facility", "permissibleStringValues"},
        {"Sample", "name", "id", "investigation", "datasets"},
        {"Instrument", "name", "id", "facility", "investigationInstruments"},
    };

    private static final String[] HOSTILE_TEXT = {"\u0000", "a\u0000b", "\u0001\u0002\u001f", "\t\r\n", "''",
        "'' OR ''1''=''1", "\\", "%", "_", "%_%\\", "\u00e9\u00e8\u00ea", "\u65e5\u672c\u8a9e", "\uD83D\uDE00",
        "\uFFFF", "\u202E", "x".repeat(300), "' || '", ";", "--", "/*", "*/", "${jndi:ldap://127.0.0.1/x}",
        "<script>alert(1)</script>", "\" OR \"\"=\"", "null", "\u00a0"};

    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999999999999",
        "1e308", "1.0E400", "-1e-400", "0.0000000000000000000001", "1.5", "00000001"};

    private static final String[] MUTATION_CHARS = {"(", ")", "'", "\"", ",", ".", "\u0000", "\u0007", "{", "}", "[",
        "]", ":", "%", "*", "/", "=", "<", ">", "!", "?", "\\", "\u00e9", "\uD83D\uDE00", " ", "--", "/*", ";"};

    private final Random random;

    HostileQueries(long seed) {
        this.random = new Random(seed);
    }

    List<String> generate(int atLeast) {
        List<String> queries = new ArrayList<>(templates());
        List<String> seeds = List.copyOf(queries);
        // At least a third random or mutated, whatever the templates number.
        int target = Math.max(atLeast, queries.size() * 3 / 2);
        while (queries.size() < target) {
            queries.add(random.nextInt(3) == 0 ? randomQuery() : mutate(pick(seeds)));
        }
        return queries;
    }

    private List<String> templates() {
        List<String> q = new ArrayList<>();
        for (String entity : ENTITIES) {
            q.add("SELECT x FROM " + entity + " x");
            q.add("SELECT COUNT(x) FROM " + entity + " x WHERE x.id > 0");
            q.add("SELECT x.id FROM " + entity + " x WHERE x.id / 0 = 1");
            q.add("SELECT x FROM " + entity + " x WHERE x.createId = '" + pick(HOSTILE_TEXT).replace("'", "''") + "'");
            q.add("SELECT x FROM " + entity + " x INCLUDE 1 LIMIT 0, 3");
            q.add(entity + " [id > 0]");
            q.add("COUNT(" + entity + ")");
            q.add("SELECT MAX(x.modTime), MIN(x.createTime) FROM " + entity + " x");
        }
        for (String[] shape : SHAPES) {
            String e = shape[0];
            String s = shape[1];
            String n = shape[2];
            for (String text : HOSTILE_TEXT) {
                q.add("SELECT " + pick(new String[] {"x", "COUNT(x)"}) + " FROM " + e + " x WHERE x." + s
                        + pick(new String[] {" = '", " LIKE '", " <> '", " > '"}) + text.replace("'", "''") + "'");
            }
            for (String number : NUMBERS) {
                q.add("SELECT x.id FROM " + e + " x WHERE x." + n + pick(new String[] {" > ", " * ", " / ", " - "})
                        + number + (random.nextBoolean() ? " > 1" : " = " + pick(NUMBERS)));
            }
            q.add("SELECT x.id FROM " + e + " x WHERE 1 / (x.id - x.id) = 1");
            q.add("SELECT x.id FROM " + e + " x WHERE MOD(x.id, 0) = 1");
            q.add("SELECT x.id FROM " + e + " x WHERE SQRT(-1 - x.id) > 0");
            q.add("SELECT x.id FROM " + e + " x WHERE x." + n + " * 9223372036854775807 * 9223372036854775807 > 0");
            q.add("SELECT SUM(x." + n + " * 9223372036854775807) FROM " + e + " x");
            q.add("SELECT AVG(x." + n + "), SUM(x." + n + ") FROM " + e + " x");
            q.add("SELECT x.id FROM " + e + " x WHERE SUBSTRING(x." + s + ", 0, -1) = 'a'");
            q.add("SELECT x.id FROM " + e + " x WHERE SUBSTRING(x." + s + ", -5, 2147483647) = 'a'");
            q.add("SELECT x.id FROM " + e + " x WHERE LOCATE('', x." + s + ", -1) > 0");
            q.add("SELECT x.id FROM " + e + " x WHERE x." + s + " LIKE 'a%' ESCAPE 'ab'");
            q.add("SELECT x.id FROM " + e + " x WHERE x." + s + " LIKE 'a\\' ESCAPE '\\'");
            q.add("SELECT x.id FROM " + e + " x WHERE x." + s + " LIKE '%' ESCAPE ''");
            q.add("SELECT x.id FROM " + e + " x WHERE CONCAT(x." + s + ", '\u0000') = 'a'");
            q.add("SELECT x.id FROM " + e + " x WHERE LENGTH(x." + s + ") > 2147483647");
            q.add("SELECT x.id FROM " + e + " x WHERE x." + s + " = :user");
            q.add("SELECT x.id FROM " + e + " x WHERE x." + s + " = :nobody");
            q.add("SELECT x.id FROM " + e + " x WHERE x.createTime > {ts 2024-13-45 99:99:99}");
            q.add("SELECT x.id FROM " + e + " x WHERE x.createTime > {ts 9999-12-31 23:59:59}");
            q.add("SELECT x.id FROM " + e + " x WHERE x.createTime > {ts 0000-01-01 00:00:00}");
            q.add("SELECT x." + s + ", COUNT(x) FROM " + e + " x GROUP BY x." + s + " HAVING COUNT(x) > 0");
            q.add("SELECT x." + s + ", COUNT(x) FROM " + e + " x GROUP BY x." + s + " HAVING SUM(x.id) / 0 > 1");
            q.add("SELECT x FROM " + e + " x ORDER BY x." + s + " DESC LIMIT -1, 5");
            q.add("SELECT x FROM " + e + " x LIMIT 2147483647, 2147483647");
            q.add("SELECT x FROM " + e + " x LIMIT 0, 99999999999");
            q.add("SELECT x FROM " + e + " x LIMIT 'a', 1");
            q.add("SELECT x FROM " + e + " x WHERE EXISTS (SELECT y FROM " + e + " y WHERE y.id = x.id / 0)");
            q.add("SELECT x FROM " + e + " x WHERE x.id IN (SELECT y.id FROM " + e + " y WHERE y." + s
                    + " LIKE '%')");
            q.add("SELECT x FROM " + e + " x WHERE x.id = (SELECT MAX(y.id) FROM " + e + " y)");
            q.add("SELECT x.id FROM " + e + " x WHERE x.id IN (" + numbers(100) + ")");
            q.add("SELECT x.id FROM " + e + " x WHERE x.id IN (" + numbers(6_000) + ")");
            q.add("SELECT x.id FROM " + e + " x WHERE " + "(".repeat(60) + "x.id = 1" + ")".repeat(60));
            q.add("SELECT x.id FROM " + e + " x WHERE " + "(".repeat(30) + "x.id = 1" + ")".repeat(29));
            q.add("SELECT x.id FROM " + e + " x WHERE " + "NOT ".repeat(200) + "x.id = 1");
            q.add("SELECT x.id FROM " + e + " x WHERE x.id = " + "-".repeat(200) + "1");
            q.add("SELECT x.id FROM " + e + " x WHERE " + "x.id = 1 OR ".repeat(3_000) + "x.id = 2");
            q.add("SELECT x.id FROM " + e + " x WHERE " + "x.id = 1 OR ".repeat(400) + "x.id = 2");
            q.add("SELECT x.id FROM " + e + " x WHERE x.id = 1" + " + 1".repeat(450));
            q.add("SELECT x.id FROM " + e + " x WHERE x." + s + " = '" + "y".repeat(70_000) + "'");
            q.add("SELECT x.id FROM " + e + " x WHERE ABS(ABS(ABS(ABS(ABS(ABS(x.id)))))) = 1");
            q.add(e + " [" + s + " = 'x'] INCLUDE 1");
            q.add("0, 5 " + e + " [id / 0 > 1]");
            q.add("-1, -1 " + e);
            q.add("SELECT x FROM " + e + " x INCLUDE x.nonsense");
            if (shape[3] != null) {
                q.add("SELECT x FROM " + e + " x JOIN x." + shape[3] + " y WHERE y.id > 0");
                q.add("SELECT x FROM " + e + " x LEFT JOIN x." + shape[3] + " y WHERE y.id IS NULL");
                q.add("SELECT x FROM " + e + " x LEFT OUTER JOIN x." + shape[3] + " y WHERE y IS NULL");
                q.add("SELECT x FROM " + e + " x INCLUDE x." + shape[3]);
            }
            if (shape[4] != null) {
                q.add("SELECT x FROM " + e + " x JOIN x." + shape[4] + " y WHERE y.id / 0 > 1");
                q.add("SELECT x FROM " + e + " x LEFT JOIN x." + shape[4] + " y WHERE y.id IS NULL");
                q.add("SELECT COUNT(y) FROM " + e + " x JOIN x." + shape[4] + " y GROUP BY x.id HAVING COUNT(y) > 1");
                q.add("SELECT x FROM " + e + " x WHERE x." + shape[4] + " IS EMPTY");
                q.add("SELECT x FROM " + e + " x INCLUDE x." + shape[4]);
            }
        }
        q.add("SELECT d.id, df.id FROM Dataset d, Datafile df WHERE df.dataset = d");
        q.add("SELECT u.name FROM User u JOIN u.investigationUsers iu WHERE iu.investigation.name = 'ES-1234'");
        q.add("SELECT COUNT(f) FROM DatafileFormat f JOIN f.datafiles df WHERE df.location LIKE 'id16a/%'");
        q.add("Dataset [name = 'x'] <-> Investigation [name = 'y'] <-> InvestigationUser <-> User [name = :user]");
        q.add("Datafile <-> Dataset <-> Investigation <-> Facility <-> Instrument <-> InvestigationInstrument");
        q.add("SELECT d FROM Dataset d " + joins(300));
        q.add("SELECT d FROM Dataset d " + joins(21));
        q.add("SELECT d FROM Dataset d WHERE EXISTS (SELECT a FROM Dataset a WHERE EXISTS (SELECT b FROM Dataset b "
                + "WHERE EXISTS (SELECT c FROM Dataset c WHERE EXISTS (SELECT e FROM Dataset e)))))");
        q.add("");
        q.add(" ");
        q.add("SELECT");
        q.add("SELECT FROM WHERE");
        q.add("DROP TABLE dataset");
        q.add("SELECT d FROM Dataset d; DELETE FROM Dataset d");
        q.add("SELECT d FROM Dataset d WHERE d.name = 'x' OR 1=1 --'");
        q.add("SELECT d FROM Dataset d WHERE d.name = 'unterminated");
        q.add("SELECT d FROM Dataset d WHERE d.startDate > {ts 2024-01-01");
        q.add("SELECT d FROM Dataset d WHERE FUNCTION('pg_sleep', 10) IS NULL");
        q.add("SELECT d FROM Dataset d WHERE d.name = SQL('pg_sleep(10)')");
        q.add("SELECT x FROM Dataset x WHERE x.name = '\u0000' INCLUDE 1");
        return q;
    }

    /** A random, mostly well-formed query over one or two variables. */
    private String randomQuery() {
        String[] shape = SHAPES[random.nextInt(SHAPES.length)];
        StringBuilder query = new StringBuilder("SELECT ");
        String select = switch (random.nextInt(4)) {
            case 0 -> "x";
            case 1 -> "COUNT(x)";
            case 2 -> "x." + shape[1];
            default -> "DISTINCT x." + shape[2];
        };
        query.append(select).append(" FROM ").append(shape[0]).append(" x");
        String[] relations = {shape[3], shape[4]};
        String relation = relations[random.nextInt(2)];
        if (relation != null && random.nextBoolean()) {
            query.append(random.nextBoolean() ? " LEFT JOIN x." : " JOIN x.").append(relation).append(" y");
        }
        query.append(" WHERE ").append(condition(shape, 0));
        if (random.nextInt(4) == 0 && select.equals("x")) {
            query.append(" INCLUDE 1");
        }
        if (random.nextInt(3) == 0) {
            query.append(" LIMIT ").append(pick(NUMBERS)).append(", ").append(pick(NUMBERS));
        }
        return query.toString();
    }

    private String condition(String[] shape, int depth) {
        switch (random.nextInt(depth > 3 ? 4 : 7)) {
            case 0:
                return "x." + shape[1] + " = '" + pick(HOSTILE_TEXT).replace("'", "''") + "'";
            case 1:
                return "x." + shape[2] + " " + pick(new String[] {"+", "-", "*", "/"}) + " " + pick(NUMBERS)
                        + pick(new String[] {" > ", " = ", " <> ", " <= "}) + pick(NUMBERS);
            case 2:
                return "x." + shape[1] + " LIKE '" + pick(HOSTILE_TEXT).replace("'", "''") + "'";
            case 3:
                return "x.id IN (" + numbers(1 + random.nextInt(50)) + ")";
            case 4:
                return "(" + condition(shape, depth + 1) + pick(new String[] {" AND ", " OR "})
                        + condition(shape, depth + 1) + ")";
            case 5:
                return "NOT " + condition(shape, depth + 1);
            default:
                return "EXISTS (SELECT z FROM " + shape[0] + " z WHERE z.id = x.id AND " + condition(shape, depth + 1)
                        .replace("x.", "z.") + ")";
        }
    }

    private String mutate(String query) {
        StringBuilder text = new StringBuilder(query);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, pick(MUTATION_CHARS));
                case 2 -> text.insert(at, text.charAt(at));
                case 3 -> text.setLength(at);
                default -> text.insert(at, " " + pick(new String[] {"JOIN", "WHERE", "(", "SELECT", "INCLUDE",
                        "LIMIT", "GROUP BY", "HAVING", "ORDER BY", "<->", "[", "]", "0", "/ 0"}) + " ");
            }
        }
        return text.toString();
    }

    private String numbers(int count) {
        StringJoiner joined = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            joined.add(Integer.toString(random.nextInt(100_000)));
        }
        return joined.toString();
    }

    private static String joins(int count) {
        StringBuilder joins = new StringBuilder();
        String previous = "d";
        for (int i = 0; i < count; i++) {
            String next = "v" + i;
            joins.append(i % 2 == 0 ? "JOIN " + previous + ".investigation " + next + " "
                    : "JOIN " + previous + ".datasets " + next + " ");
            previous = next;
        }
        return joins.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
