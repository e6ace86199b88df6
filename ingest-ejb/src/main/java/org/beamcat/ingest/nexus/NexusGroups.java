package org.beamcat.ingest.nexus;

import io.jhdf.api.WritableGroup;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The few NeXus conventions every writer repeats: NX_class on groups, root attributes, ISO-8601 times. */
public final class NexusGroups {

    public static final String NX_CLASS = "NX_class";
    public static final String DEFAULT = "default";

    private NexusGroups() {
    }

    /** A child group carrying its NeXus base class. */
    public static WritableGroup group(WritableGroup parent, String name, String nxClass) {
        WritableGroup group = parent.putGroup(name);
        group.putAttribute(NX_CLASS, nxClass);
        return group;
    }

    /** The NXroot attributes BLISS writes that apply to a file written by the catalogue. */
    public static void describeRoot(WritableGroup root, String fileName, String creator, OffsetDateTime fileTime) {
        root.putAttribute(NX_CLASS, "NXroot");
        root.putAttribute("file_name", fileName);
        root.putAttribute("file_time", isoTime(fileTime));
        root.putAttribute("creator", creator);
    }

    /** NX_DATE_TIME: ISO 8601 with the offset, as NeXus recommends; milliseconds are enough for a catalogue. */
    public static String isoTime(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
