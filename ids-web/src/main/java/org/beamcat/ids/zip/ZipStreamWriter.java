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
 * <p>Every entry is DEFLATED with a data descriptor (size and CRC after the data), so each file is read
 * once. {@code compress=true} uses the default level; {@code compress=false} uses level 0, as the
 * contract's reference server does (section 2.9: a 52-byte file becomes a 57-byte entry), rather than
 * STORED, which would need every size and CRC before the data.
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
        zip.setMethod(ZipOutputStream.DEFLATED);
        zip.setLevel(compress ? Deflater.DEFAULT_COMPRESSION : Deflater.NO_COMPRESSION);
        Set<String> names = new HashSet<>();
        for (ZipItem item : items) {
            if (!names.add(item.entryName())) {
                continue; // two datafiles with one name: the first (lowest id) wins, as upstream
            }
            ZipEntry entry = new ZipEntry(item.entryName());
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
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
