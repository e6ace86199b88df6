package org.beamcat.icat.server.searchengine.outbox;

import java.util.List;
import java.util.stream.Collectors;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.write.WriteListener;

/**
 * Records a write's index changes in the search outbox, in the write's own transaction: one
 * {@code INSERT INTO SEARCH_OUTBOX … SELECT} per {@link OutboxEffects.Effect} and chunk of ids, so that the database
 * finds the affected documents itself (a dataset type's datasets, a user's investigations) without loading them.
 * Ids are numbers taken from the catalogue's own rows, written into the statement as literals.
 */
public final class OutboxRecorder implements WriteListener {

    /** Runs one SQL statement in the write's transaction. */
    @FunctionalInterface
    public interface Statements {
        void execute(String sql) throws IcatServerException;
    }

    private static final int CHUNK = 1_000;

    private final Statements statements;

    public OutboxRecorder(Statements statements) {
        this.statements = statements;
    }

    @Override
    public void written(String entity, List<Long> ids, boolean created) throws IcatServerException {
        record(OutboxEffects.ofWrite(entity, created), ids);
    }

    @Override
    public void deleting(String entity, List<Long> ids) throws IcatServerException {
        record(OutboxEffects.ofDelete(entity), ids);
    }

    private void record(List<OutboxEffects.Effect> effects, List<Long> ids) throws IcatServerException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            String chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream()
                    .map(id -> Long.toString(id)).collect(Collectors.joining(", "));
            for (OutboxEffects.Effect effect : effects) {
                statements.execute(insert(effect, chunk));
            }
        }
    }

    static String insert(OutboxEffects.Effect effect, String ids) {
        return "INSERT INTO SEARCH_OUTBOX (ENTITY, ENTITY_ID, OPERATION) SELECT DISTINCT '" + effect.kind().icatName()
                + "', x.ID, '" + effect.operation().code() + "' FROM (" + effect.select().replace(":ids", ids)
                + ") x";
    }
}
