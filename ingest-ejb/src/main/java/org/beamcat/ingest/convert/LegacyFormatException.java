package org.beamcat.ingest.convert;

import java.nio.file.Path;

/**
 * The file is not what its format says it must be: a malformed SPEC scan, a truncated EDF frame, a
 * header that lies about its size, an unknown data type. Says where, so that a beamline scientist can
 * open the file at that place.
 */
public class LegacyFormatException extends ConversionException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long byteOffset;
    private final String reason;

    private LegacyFormatException(Path file, long line, long byteOffset, String where, String reason) {
        super(file, file + ", " + where + ": " + reason);
        this.line = line;
        this.byteOffset = byteOffset;
        this.reason = reason;
    }

    /** A problem in a text format (SPEC), at a 1-based line number. */
    public static LegacyFormatException atLine(Path file, long line, String reason) {
        return new LegacyFormatException(file, line, -1, "line " + line, reason);
    }

    /** A problem in a binary format (EDF), in a 1-based frame starting at a byte offset. */
    public static LegacyFormatException inFrame(Path file, int frame, long byteOffset, String reason) {
        return new LegacyFormatException(file, 0, byteOffset, "frame " + frame + " (byte " + byteOffset + ")", reason);
    }

    /** 1-based line of a text format, 0 when the format is binary. */
    public long line() {
        return line;
    }

    /** Byte offset of the frame in a binary format, -1 when the format is text. */
    public long byteOffset() {
        return byteOffset;
    }

    public String reason() {
        return reason;
    }
}
