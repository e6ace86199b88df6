package org.beamcat.icat.server.port;

import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;

/** The units of work an export or import is made of, each in its own transaction; {@link PortService} in Payara. */
public interface PortTransactions {

    ExportPlan plan(String entity, boolean all);

    ExportPage exportPage(Caller caller, ExportPlan plan, long after, int size) throws IcatServerException;

    /** The rows of {@code plan}'s entity with these ids (at most a few hundred), in id order. */
    ExportPage exportRows(ExportPlan plan, List<Long> ids) throws IcatServerException;

    DumpHeaderParser headerParser();

    void importBatch(Caller caller, DumpTable table, List<DumpRow> rows, DuplicateAction duplicates, boolean all,
            ImportState state) throws IcatServerException;

    /** Called after each committed batch. */
    void committed(DumpTable table);
}
