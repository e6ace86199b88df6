package org.beamcat.ids.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.zip.CRC32;

/**
 * Passes bytes through and, at the end of the stream, fails with an IOException instead of reporting
 * the end when the CRC32 or the length differs from what the catalogue recorded. A storage that copies
 * to a temporary file and only then moves it into place therefore never publishes a corrupt copy.
 */
public final class ChecksumVerifyingInputStream extends FilterInputStream {

    private final CRC32 crc = new CRC32();
    private final OptionalLong expectedCrc;
    private final Long expectedSize;
    private final String what;
    private long count;

    /** Wraps only when there is something to verify. */
    public static InputStream of(InputStream in, OptionalLong expectedCrc, Long expectedSize, String what) {
        return expectedCrc.isPresent() || expectedSize != null
                ? new ChecksumVerifyingInputStream(in, expectedCrc, expectedSize, what)
                : in;
    }

    private ChecksumVerifyingInputStream(InputStream in, OptionalLong expectedCrc, Long expectedSize, String what) {
        super(in);
        this.expectedCrc = expectedCrc;
        this.expectedSize = expectedSize;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            crc.update(b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verify();
        } else {
            crc.update(buffer, offset, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("Skipping would defeat checksum verification of " + what);
    }

    private void verify() throws IOException {
        if (expectedSize != null && expectedSize != count) {
            throw new IOException(what + " has " + count + " bytes where the catalogue records " + expectedSize);
        }
        if (expectedCrc.isPresent() && expectedCrc.getAsLong() != crc.getValue()) {
            throw new IOException(what + " has CRC32 " + Long.toHexString(crc.getValue())
                    + " where the catalogue records " + Long.toHexString(expectedCrc.getAsLong()));
        }
    }
}
