package org.beamcat.ingest.convert.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a SPEC file that matter, with their 1-based numbers: MCA spectra ({@code @A} lines and
 * their backslash continuations) are left out, one line can be pushed back, and a last line without its
 * newline (a truncated file: SPEC always ends lines) can be recognised.
 */
final class SpecLineSource implements AutoCloseable {

    private final BufferedReader in;
    private final boolean endsWithNewline;
    private long number;
    private String pushedBack;
    private boolean inMcaContinuation;

    SpecLineSource(Path file) throws IOException {
        this.endsWithNewline = endsWithNewline(file);
        // ISO-8859-1 maps every byte to a character, so stray bytes surface as a parse error with a line number.
        this.in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    }

    /** The next line that is not MCA data, or null at the end of the file. */
    String next() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            number++;
            return line;
        }
        String line;
        do {
            line = in.readLine();
            if (line != null) {
                number++;
            }
        } while (line != null && isMca(line));
        return line;
    }

    /** Makes {@link #next()} return {@code line} again (it was read one line too far). */
    void pushBack(String line) {
        pushedBack = line;
        number--;
    }

    /** The number of the line {@link #next()} returned last (the last line of the file after null). */
    long number() {
        return number;
    }

    /** Whether the line just read is the file's last and lacks its newline. */
    boolean lastLineIsCut() throws IOException {
        if (endsWithNewline || pushedBack != null) {
            return false;
        }
        in.mark(1);
        boolean end = in.read() < 0;
        in.reset();
        return end;
    }

    /** After {@link #next()} returned null: whether the file's last line lacked its newline. */
    boolean endedWithoutNewline() {
        return !endsWithNewline;
    }

    private boolean isMca(String line) {
        boolean mca = inMcaContinuation || line.startsWith("@A");
        if (mca) {
            inMcaContinuation = line.endsWith("\\");
        }
        return mca;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
