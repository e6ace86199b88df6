package org.beamcat.ingest.convert.spec;

import static org.beamcat.ingest.nexus.NexusGroups.group;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.beamcat.ingest.nexus.NexusGroups;
import org.beamcat.ingest.nexus.NexusNames;

/**
 * Writes one SPEC scan as an NXentry:
 * <pre>
 * &lt;number&gt;.&lt;occurrence&gt;  NXentry   title, start_time, @default=data
 *   instrument         NXinstrument
 *     &lt;motor&gt;          NXpositioner  name, value (position at the start of the scan)
 *   data               NXdata      one dataset per #L column; @signal, @axes, @auxiliary_signals
 *   spec               NXcollection what SPEC said that NeXus has no place for
 * </pre>
 * Columns live in the NXdata group itself because jhdf cannot write links: a separate measurement
 * group would double the data.
 */
final class SpecScanWriter {

    static final String DATA = "data";

    private final ZoneId timeZone;

    SpecScanWriter(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    /** Writes the entry and says whether it has plottable data. */
    boolean write(WritableGroup root, String entryName, SpecScan scan) {
        WritableGroup entry = group(root, entryName, "NXentry");
        entry.putDataset("title", scan.command().isEmpty() ? "scan " + scan.number() : scan.command());
        SpecDates.parse(scan.date()).ifPresent(local ->
                entry.putDataset("start_time", NexusGroups.isoTime(local.atZone(timeZone).toOffsetDateTime())));
        writePositioners(group(entry, "instrument", "NXinstrument"), scan.positioners());
        writeSpecCollection(group(entry, "spec", "NXcollection"), scan);
        if (scan.rowCount() == 0) {
            return false; // an aborted scan: jhdf cannot write empty arrays, and there is nothing to plot
        }
        writeData(group(entry, DATA, "NXdata"), scan);
        entry.putAttribute(NexusGroups.DEFAULT, DATA);
        return true;
    }

    private static void writePositioners(WritableGroup instrument, List<SpecPositioner> positioners) {
        NexusNames names = new NexusNames();
        for (SpecPositioner positioner : positioners) {
            WritableGroup group = group(instrument, names.unique(positioner.name()), "NXpositioner");
            group.putDataset("name", positioner.name());
            group.putDataset("value", positioner.position());
        }
    }

    /**
     * NeXus "find plottable data": SPEC's convention is that the first column is the scanned axis and the
     * last the detector, which is what SPEC's own plot shows; the columns in between become auxiliary signals.
     */
    private static void writeData(WritableGroup data, SpecScan scan) {
        NexusNames names = new NexusNames();
        String[] columnNames = new String[scan.labels().size()];
        for (int c = 0; c < columnNames.length; c++) {
            columnNames[c] = names.unique(scan.labels().get(c));
            WritableDataset column = data.putDataset(columnNames[c], scan.columns()[c]);
            column.putAttribute("long_name", scan.labels().get(c));
        }
        int last = columnNames.length - 1;
        data.putAttribute("signal", columnNames[last]);
        if (last == 0) {
            data.putAttribute("axes", new String[] {"."});
            return;
        }
        data.putAttribute("axes", new String[] {columnNames[0]});
        data.putAttribute(columnNames[0] + "_indices", new int[] {0});
        if (last > 1) {
            data.putAttribute("auxiliary_signals", Arrays.copyOfRange(columnNames, 1, last));
        }
    }

    private static void writeSpecCollection(WritableGroup spec, SpecScan scan) {
        spec.putDataset("scan_number", scan.number());
        spec.putDataset("command", scan.command());
        putIfPresent(spec, "date", scan.date());
        putIfPresent(spec, "file", scan.header().file());
        putIfPresent(spec, "epoch", scan.header().epoch());
        putIfPresent(spec, "file_date", scan.header().date());
        putIfPresent(spec, "comments", scan.comments());
        putIfPresent(spec, "file_comments", scan.header().comments());
    }

    private static void putIfPresent(WritableGroup group, String name, String value) {
        if (!value.isEmpty()) {
            group.putDataset(name, value);
        }
    }

    private static void putIfPresent(WritableGroup group, String name, List<String> values) {
        if (!values.isEmpty()) {
            group.putDataset(name, values.toArray(String[]::new));
        }
    }
}
