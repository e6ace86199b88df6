package org.beamcat.icat.server.port;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * Reads a dump line by line and imports it in batches, each batch its own transaction ({@link PortService}): memory
 * holds one batch, the handles seen and a bounded lookup cache, whatever the size of the dump. Lines starting with
 * {@code #} are comments; the first other non-blank line must be {@code 1.0}; a blank line ends a block. Every error
 * names its line ("… at line N", offset N).
 */
public final class DumpImporter {

    /** Rows per batch (per transaction). */
    static final int BATCH_SIZE = 1000;
    /** Related rows whose ids are remembered (ICAT's importCacheSize). */
    static final int LOOKUP_CACHE_SIZE = 10_000;

    private final PortTransactions port;
    private final int batchSize;

    public DumpImporter(PortTransactions port) {
        this(port, BATCH_SIZE);
    }

    DumpImporter(PortTransactions port, int batchSize) {
        this.port = port;
        this.batchSize = batchSize;
    }

    /** Returns the number of rows written. */
    public long importDump(Caller caller, BufferedReader dump, DuplicateAction duplicates, boolean all)
            throws IcatServerException {
        if (all && !caller.root()) {
            throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES,
                    "Only root users may import with Attributes.ALL");
        }
        ImportState state = new ImportState(LOOKUP_CACHE_SIZE);
        DumpHeaderParser headers = port.headerParser();
        int lineNumber = 0;
        boolean versionSeen = false;
        DumpTable table = null;
        List<DumpRow> batch = new ArrayList<>();
        try {
            String line;
            while ((line = dump.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.startsWith("#")) {
                    continue;
                }
                if (!versionSeen) {
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (!text.equals("1.0")) {
                        throw new IcatServerException(IcatErrorType.VALIDATION,
                                "Version of file must be 1.0 at line " + lineNumber, lineNumber);
                    }
                    versionSeen = true;
                } else if (text.isEmpty()) {
                    flush(caller, table, batch, duplicates, all, state);
                    table = null;
                } else if (table == null) {
                    table = headers.parse(text);
                } else {
                    batch.add(DumpRow.parse(text, lineNumber));
                    if (batch.size() >= batchSize) {
                        flush(caller, table, batch, duplicates, all, state);
                    }
                }
            }
            if (!versionSeen) {
                throw new IcatServerException(IcatErrorType.VALIDATION, "No version of file encountered", 0);
            }
            flush(caller, table, batch, duplicates, all, state);
        } catch (DumpFormatException e) {
            throw BatchImporter.atLine(IcatErrorType.BAD_PARAMETER, e.getMessage(), lineNumber);
        } catch (IOException e) {
            throw BatchImporter.atLine(IcatErrorType.BAD_PARAMETER, "The dump could not be read: " + e.getMessage(),
                    lineNumber);
        }
        return state.rows();
    }

    private void flush(Caller caller, DumpTable table, List<DumpRow> batch, DuplicateAction duplicates, boolean all,
            ImportState state) throws IcatServerException {
        if (table == null || batch.isEmpty()) {
            return;
        }
        port.importBatch(caller, table, List.copyOf(batch), duplicates, all, state);
        port.committed(table);
        batch.clear();
    }
}
