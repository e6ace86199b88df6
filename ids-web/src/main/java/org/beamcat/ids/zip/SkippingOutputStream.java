package org.beamcat.ids.zip;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Drops the first {@code offset} bytes written and passes the rest: the server side of {@code Range: bytes=N-}. */
public final class SkippingOutputStream extends FilterOutputStream {

    private long toSkip;

    public SkippingOutputStream(OutputStream out, long offset) {
        super(out);
        if (offset < 0) {
            throw new IllegalArgumentException("A negative offset: " + offset);
        }
        this.toSkip = offset;
    }

    @Override
    public void write(int b) throws IOException {
        if (toSkip > 0) {
            toSkip--;
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (toSkip >= len) {
            toSkip -= len;
            return;
        }
        int skipped = (int) toSkip;
        toSkip = 0;
        out.write(b, off + skipped, len - skipped);
    }

    @Override
    public void close() throws IOException {
        flush(); // the caller owns the wrapped stream
    }
}
