package org.beamcat.ids.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalLong;

/**
 * A download that passed every check and holds shared locks on its datasets until it has been written
 * (or closed unwritten). The REST layer sets its headers from here, then calls {@link #writeTo} from its
 * StreamingOutput; errors while writing can only truncate the body.
 */
public interface Download extends AutoCloseable {

    /** Whether the body is a zip (else it is the single file's bytes). */
    boolean zipped();

    /** The datafile name, for Content-Disposition of an unzipped download. */
    String fileName();

    /** The body length from the offset on, when it is known before writing (single files). */
    OptionalLong contentLength();

    /** Writes the body from the offset on and releases the locks. */
    void writeTo(OutputStream out) throws IOException;

    /** Releases the locks (idempotent; also done by {@link #writeTo}). */
    @Override
    void close();
}
