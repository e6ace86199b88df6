package org.beamcat.icat.server.port;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.write.EntityWriter;
import org.beamcat.icat.server.write.WriteAuthorizer;
import org.beamcat.icat.server.write.WriteSettings;

/**
 * The port transactions on an H2 catalogue, as PortService runs them in Payara, for a root caller (rules are the
 * write and search tests' business; the system tests cover them over HTTP).
 */
final class H2Port implements PortTransactions {

    static final EntityAccessors ACCESSORS = EntityAccessors.ofIcatEntities();
    static final IcatDateFormat DATES = new IcatDateFormat(ZoneOffset.UTC);
    static final Caller ROOT = new Caller("simple/root", true);

    final CatalogueDatabase db;
    int pageSize = 2;

    H2Port(CatalogueDatabase db) {
        this.db = db;
    }

    @Override
    public ExportPlan plan(String entity, boolean all) {
        return ExportPlan.of(ACCESSORS.model(), entity, all);
    }

    @Override
    public ExportPage exportPage(Caller caller, ExportPlan plan, long after, int size) {
        return db.inTransaction(em -> ExportPages.read(em, new DumpValues(DATES), plan, null,
                new ParameterBindings(), after, Math.min(size, pageSize)));
    }

    @Override
    public ExportPage exportRows(ExportPlan plan, List<Long> ids) {
        return db.inTransaction(em -> {
            ParameterBindings bindings = new ParameterBindings();
            String condition = "x.id IN " + bindings.bind(List.copyOf(ids));
            return ExportPages.read(em, new DumpValues(DATES), plan, condition, bindings, Long.MIN_VALUE,
                    ids.size());
        });
    }

    @Override
    public DumpHeaderParser headerParser() {
        return new DumpHeaderParser(ACCESSORS);
    }

    @Override
    public void importBatch(Caller caller, DumpTable table, List<DumpRow> rows, DuplicateAction duplicates,
            boolean all, ImportState state) throws IcatServerException {
        db.inTransaction(em -> {
            EntityWriter writer = new EntityWriter(em, ACCESSORS, caller, WriteAuthorizer.ROOT,
                    WriteSettings.defaults(), DATES, Clock.systemUTC());
            new BatchImporter(em, ACCESSORS, new DumpValues(DATES), writer, descriptions -> { })
                    .run(table, rows, duplicates, all, state);
            return null;
        });
    }

    @Override
    public void committed(DumpTable table) {
    }

    Object single(String jpql) {
        return db.inTransaction(em -> em.createQuery(jpql).getSingleResult());
    }

    String export(boolean all) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DumpExporter(this).export(ROOT, all, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    long load(String dump, DuplicateAction duplicates, boolean all) throws IcatServerException {
        return load(ROOT, dump, duplicates, all);
    }

    long load(Caller caller, String dump, DuplicateAction duplicates, boolean all) throws IcatServerException {
        return new DumpImporter(this, 2).importDump(caller, new BufferedReader(new StringReader(dump)), duplicates,
                all);
    }
}
