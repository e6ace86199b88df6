package org.beamcat.ids.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.OptionalLong;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.twolevel.LockManager;
import org.beamcat.ids.zip.SkippingOutputStream;
import org.beamcat.ids.zip.ZipItem;
import org.beamcat.ids.zip.ZipStreamWriter;

/** The two kinds of body: a deterministic zip, or one file's bytes; both resume from an offset. */
abstract class LockedDownload implements Download {

    private final LockManager.Lock lock;
    protected final long offset;

    LockedDownload(LockManager.Lock lock, long offset) {
        this.lock = lock;
        this.offset = offset;
    }

    @Override
    public final void writeTo(OutputStream out) throws IOException {
        try {
            write(out);
            out.flush();
        } finally {
            close();
        }
    }

    protected abstract void write(OutputStream out) throws IOException;

    @Override
    public void close() {
        lock.close();
    }

    /** Regenerates the whole zip and drops the first {@code offset} bytes (contract 1.4.4). */
    static final class Zip extends LockedDownload {

        private final List<ZipItem> items;
        private final boolean compress;

        Zip(LockManager.Lock lock, long offset, List<ZipItem> items, boolean compress) {
            super(lock, offset);
            this.items = items;
            this.compress = compress;
        }

        @Override
        public boolean zipped() {
            return true;
        }

        @Override
        public String fileName() {
            return null;
        }

        @Override
        public OptionalLong contentLength() {
            return OptionalLong.empty();
        }

        @Override
        protected void write(OutputStream out) throws IOException {
            SkippingOutputStream tail = new SkippingOutputStream(out, offset);
            new ZipStreamWriter(compress).write(items, tail);
            tail.flush();
        }
    }

    /** One file, unzipped; the offset is a seek, so resuming a big file costs nothing. */
    static final class SingleFile extends LockedDownload {

        private static final int BUFFER_SIZE = 64 * 1024;

        private final MainStorage main;
        private final DfInfo datafile;
        private final long size;

        SingleFile(LockManager.Lock lock, long offset, MainStorage main, DfInfo datafile, long size) {
            super(lock, offset);
            this.main = main;
            this.datafile = datafile;
            this.size = size;
        }

        @Override
        public boolean zipped() {
            return false;
        }

        @Override
        public String fileName() {
            return datafile.dfName();
        }

        @Override
        public OptionalLong contentLength() {
            return OptionalLong.of(Math.max(0, size - offset));
        }

        @Override
        protected void write(OutputStream out) throws IOException {
            if (offset >= size) {
                return; // beyond the end: an empty body
            }
            try (InputStream in = main.get(datafile.dfLocation(), datafile.createId(), datafile.modId())) {
                in.skipNBytes(offset);
                byte[] buffer = new byte[BUFFER_SIZE];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                }
            }
        }
    }
}
