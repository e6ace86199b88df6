package org.beamcat.ids.zip;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams files as a zip in constant memory (one copy buffer; the zip's central directory holds one
 * small record per entry). The same items always give the same bytes: a fixed entry time set as a DOS
 * time (so no extended-timestamp field, whatever the server's time zone), the given order, duplicate
 * names skipped. A resumed download regenerates the stream and skips the bytes already sent, so this
 * determinism is what makes {@code Range: bytes=N-} correct.
 *
 * <p>{@code compress=true} deflates with the default level (data descriptors carry size and CRC).
 * {@code compress=false} stores: the header needs size and CRC first, so the size comes from storage and
 * the CRC from the catalogue's checksum when there is one (computed by put), else from a first reading
 * of the file. The JDK re-checks both while the data streams and throws if they do not match, which
 * aborts the download rather than sending a zip that lies.
 */
public final class ZipStreamWriter {

    /** The time stamped on every entry. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final int BUFFER_SIZE = 64 * 1024;

    private final boolean compress;

    public ZipStreamWriter(boolean compress) {
        this.compress = compress;
    }

    /** Writes the whole zip; {@code out} is flushed but not closed. */
    public void write(List<ZipItem> items, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
        zip.setMethod(compress ? ZipOutputStream.DEFLATED : ZipOutputStream.STORED);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        Set<String> names = new HashSet<>();
        for (ZipItem item : items) {
            if (!names.add(item.entryName())) {
                continue; // two datafiles with one name: the first (lowest id) wins, as upstream
            }
            zip.putNextEntry(entryFor(item, buffer));
            try (InputStream in = item.source().open()) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    zip.write(buffer, 0, n);
                }
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private ZipEntry entryFor(ZipItem item, byte[] buffer) throws IOException {
        ZipEntry entry = new ZipEntry(item.entryName());
        entry.setTimeLocal(ENTRY_TIME);
        if (!compress) {
            long size = item.source().size();
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(item.source().crc32().isPresent() ? item.source().crc32().getAsLong() : crcOf(item, buffer));
        }
        return entry;
    }

    private static long crcOf(ZipItem item, byte[] buffer) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = item.source().open()) {
            for (int n; (n = in.read(buffer)) >= 0;) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    /** The zip stream closes what it wraps; the caller owns {@code out}. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
