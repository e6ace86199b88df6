package org.beamcat.icat.server.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Counts the SQL that reaches the driver, by wrapping the data source the persistence unit uses: every query run,
 * every JDBC batch sent and every single update, with its SQL text. Lets tests prove there is no per-row SELECT.
 */
public final class StatementLog {

    /** One round trip: {@code kind} is QUERY, BATCH (with the number of rows in it) or UPDATE. */
    public record Execution(String kind, String sql, int rows) {

        /** A query of rows; sequence calls (PostgreSQL's {@code select nextval(…)}) do not count. */
        public boolean isSelect() {
            return kind.equals("QUERY") && sql.trim().toUpperCase(Locale.ROOT).startsWith("SELECT")
                    && !isSequenceCall();
        }

        /** Fetching a block of ids: {@code nextval('…')} on PostgreSQL, {@code NEXT VALUE FOR …} on H2. */
        public boolean isSequenceCall() {
            String upper = sql.toUpperCase(Locale.ROOT);
            return upper.contains("NEXTVAL(") || upper.contains("NEXT VALUE FOR");
        }
    }

    private final List<Execution> executions = new ArrayList<>();

    public synchronized List<Execution> executions() {
        return List.copyOf(executions);
    }

    public synchronized void reset() {
        executions.clear();
    }

    public long selects() {
        return executions().stream().filter(Execution::isSelect).count();
    }

    public long sequenceCalls() {
        return executions().stream().filter(Execution::isSequenceCall).count();
    }

    /** SELECTs whose text mentions {@code table} (case-insensitive). */
    public long selectsFrom(String table) {
        String needle = " " + table.toUpperCase(Locale.ROOT) + " ";
        return executions().stream().filter(Execution::isSelect)
                .filter(e -> e.sql().toUpperCase(Locale.ROOT).contains(needle)).count();
    }

    /** Rows sent to the database as INSERTs into {@code table}, batched or not. */
    public long insertedRows(String table) {
        String prefix = "INSERT INTO " + table.toUpperCase(Locale.ROOT) + " ";
        return executions().stream().filter(e -> e.sql().toUpperCase(Locale.ROOT).startsWith(prefix))
                .mapToLong(e -> e.kind().equals("BATCH") ? e.rows() : 1).sum();
    }

    /** Round trips that carried INSERTs into {@code table}. */
    public long insertRoundTrips(String table) {
        String prefix = "INSERT INTO " + table.toUpperCase(Locale.ROOT) + " ";
        return executions().stream().filter(e -> e.sql().toUpperCase(Locale.ROOT).startsWith(prefix)).count();
    }

    private synchronized void record(String kind, String sql, int rows) {
        executions.add(new Execution(kind, sql == null ? "" : sql, rows));
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::onConnection) : result);
    }

    private Object onConnection(Method method, Object[] args, Object result) {
        if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            Class<?> type = method.getReturnType();
            return proxy(type, statement, new StatementCounter(sql));
        }
        return result;
    }

    /** Watches one statement: the SQL it was prepared with, the rows added to its batch, its executions. */
    private final class StatementCounter implements AfterCall {
        private final String preparedSql;
        private int batchRows;

        StatementCounter(String preparedSql) {
            this.preparedSql = preparedSql;
        }

        @Override
        public Object after(Method method, Object[] args, Object result) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
            switch (method.getName()) {
                case "addBatch" -> batchRows++;
                case "executeBatch", "executeLargeBatch" -> {
                    record("BATCH", preparedSql, batchRows);
                    batchRows = 0;
                }
                case "executeQuery" -> record("QUERY", sql, 0);
                case "executeUpdate", "executeLargeUpdate" -> record("UPDATE", sql, 1);
                case "execute" -> record(sql != null && sql.trim().toUpperCase(Locale.ROOT).startsWith("SELECT")
                        ? "QUERY" : "UPDATE", sql, 1);
                default -> {
                    // not an execution
                }
            }
            return result;
        }
    }

    @FunctionalInterface
    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
