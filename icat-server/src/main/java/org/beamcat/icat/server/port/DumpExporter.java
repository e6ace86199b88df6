package org.beamcat.icat.server.port;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;

/**
 * Writes a whole dump (format 1.0) of what the caller may read: a comment naming the caller, the version line, then
 * one block per entity in {@link ExportOrder}, each a blank line, its header and its rows, page after page.
 */
public final class DumpExporter {

    /** Rows per page (per transaction): a page is formatted in memory before it is written. */
    static final int PAGE_SIZE = 1000;
    /** Ids per IN list of a query export (ICAT's maxIdsInQuery example). */
    static final int CHUNK = 500;

    private final PortTransactions port;

    public DumpExporter(PortTransactions port) {
        this.port = port;
    }

    public void export(Caller caller, boolean all, OutputStream out) throws IOException, IcatServerException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# ICAT Export file written by " + caller.userName() + "\n");
        writer.write("1.0\n");
        for (String entity : ExportOrder.ENTITIES) {
            ExportPlan plan = port.plan(entity, all);
            writer.write("\n");
            writer.write(plan.header());
            writer.write("\n");
            long after = Long.MIN_VALUE;
            while (true) {
                ExportPage page = port.exportPage(caller, plan, after, PAGE_SIZE);
                for (String line : page.lines()) {
                    writer.write(line);
                    writer.write('\n');
                }
                if (page.done()) {
                    break;
                }
                after = page.lastId();
            }
        }
        writer.flush();
    }

    /**
     * A dump of the rows {@code selected} names (entity name to ids, the result of an export query), in chunks of
     * {@link #CHUNK} ids; only the blocks with rows are written, as ICAT 4.7 does.
     */
    public void export(Caller caller, boolean all, Map<String, List<Long>> selected, OutputStream out)
            throws IOException, IcatServerException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# ICAT Export file written by " + caller.userName() + "\n");
        writer.write("1.0\n");
        for (String entity : ExportOrder.ENTITIES) {
            List<Long> ids = selected.getOrDefault(entity, List.of());
            if (ids.isEmpty()) {
                continue;
            }
            ExportPlan plan = port.plan(entity, all);
            writer.write("\n");
            writer.write(plan.header());
            writer.write("\n");
            for (int from = 0; from < ids.size(); from += CHUNK) {
                for (String line : port.exportRows(plan, ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                        .lines()) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        }
        writer.flush();
    }
}
