package org.beamcat.ids.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/** Reads no faster than a set number of bytes per second, so a directory can behave like tape. */
final class ThrottledInputStream extends FilterInputStream {

    private static final int MAX_CHUNK = 64 * 1024;

    private final long bytesPerSecond;
    private final long start = System.nanoTime();
    private long count;

    /** @param bytesPerSecond 0 or less means unlimited */
    static InputStream of(InputStream in, long bytesPerSecond) {
        return bytesPerSecond > 0 ? new ThrottledInputStream(in, bytesPerSecond) : in;
    }

    private ThrottledInputStream(InputStream in, long bytesPerSecond) {
        super(in);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, Math.min(length, MAX_CHUNK));
        if (n > 0) {
            account(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping on tape still costs the time to pass the bytes.
        long skipped = super.skip(n);
        account(skipped);
        return skipped;
    }

    private void account(long bytes) throws IOException {
        count += bytes;
        long dueNanos = (long) (count * 1_000_000_000.0 / bytesPerSecond);
        long aheadNanos = dueNanos - (System.nanoTime() - start);
        if (aheadNanos > 0) {
            try {
                Thread.sleep(aheadNanos / 1_000_000, (int) (aheadNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while throttling an archive transfer");
            }
        }
    }
}
