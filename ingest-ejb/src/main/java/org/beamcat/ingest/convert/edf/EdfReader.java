package org.beamcat.ingest.convert.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.beamcat.ingest.convert.LegacyFormatException;

/**
 * Reads an EDF file frame by frame: {@link #nextFrame()} parses and checks one header block and skips
 * over its data; {@link #readData} reads one frame's data when the caller wants it. Nothing larger than
 * one frame is ever held.
 */
public final class EdfReader implements AutoCloseable {

    static final int BLOCK = 512;
    /** No real EDF header comes near this; a file without a closing brace must not be read whole. */
    static final int MAX_HEADER_BYTES = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private long position;
    private int frames;

    public EdfReader(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file);
        this.size = channel.size();
    }

    /** The next frame's header, or empty at the end of the file. */
    public Optional<EdfFrameHeader> nextFrame() throws IOException, LegacyFormatException {
        long start = skipWhitespace(position);
        if (start >= size) {
            return Optional.empty();
        }
        int frame = ++frames;
        String text = readHeaderText(frame, start);
        long headerLength = roundUpToBlock(text.length());
        EdfFrameHeader header = EdfHeaderParser.parse(file, frame, start, start + headerLength, headerLength,
                text.substring(text.indexOf('{') + 1, text.lastIndexOf('}')));
        if (header.end() > size) {
            throw error(frame, start, "truncated: the header announces " + header.dataBytes() + " bytes of data but only "
                    + Math.max(0, size - header.dataOffset()) + " follow");
        }
        position = header.end();
        return Optional.of(header);
    }

    /** One frame's data, in the frame's byte order. */
    public ByteBuffer readData(EdfFrameHeader header) throws IOException {
        if (header.dataBytes() > Integer.MAX_VALUE) {
            throw new IOException(file + ": frame " + header.frame() + " is larger than 2 GiB, which this reader cannot hold");
        }
        ByteBuffer data = ByteBuffer.allocate((int) header.dataBytes());
        long at = header.dataOffset();
        while (data.hasRemaining()) {
            int read = channel.read(data, at);
            if (read < 0) {
                throw new IOException(file + " shrank while it was being read");
            }
            at += read;
        }
        return data.flip().order(header.byteOrder().order());
    }

    /** Header text from '{' to the first "}" followed by a newline (or the end of the block), as ISO-8859-1. */
    private String readHeaderText(int frame, long start) throws IOException, LegacyFormatException {
        StringBuilder text = new StringBuilder();
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        long at = start;
        while (true) {
            block.clear();
            int read = channel.read(block, at);
            if (read <= 0) {
                throw error(frame, start, "truncated: the header has no closing '}'");
            }
            at += read;
            text.append(new String(block.array(), 0, read, StandardCharsets.ISO_8859_1));
            if (text.charAt(0) != '{') {
                throw error(frame, start, "a header must start with '{'");
            }
            int close = text.indexOf("}");
            if (close >= 0) {
                boolean newlineFollows = close + 1 < text.length() && text.charAt(close + 1) == '\n';
                return text.substring(0, close + (newlineFollows ? 2 : 1));
            }
            if (text.length() > MAX_HEADER_BYTES) {
                throw error(frame, start, "no closing '}' in the first " + MAX_HEADER_BYTES + " bytes of the header");
            }
        }
    }

    private long skipWhitespace(long from) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        long at = from;
        while (at < size) {
            one.clear();
            channel.read(one, at);
            byte b = one.get(0);
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != 0) {
                break;
            }
            at++;
        }
        return at;
    }

    private static long roundUpToBlock(long length) {
        return (length + BLOCK - 1) / BLOCK * BLOCK;
    }

    private LegacyFormatException error(int frame, long offset, String reason) {
        return LegacyFormatException.inFrame(file, frame, offset, reason);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
