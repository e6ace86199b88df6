package org.beamcat.icat.server.port;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A streaming reader of a {@code multipart/form-data} body (RFC 7578): parts one after the other, each body an
 * {@link InputStream} that ends at the next boundary, so a dump of any size passes through a fixed buffer.
 */
public final class MultipartReader {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename\\*?=");
    private static final int MAX_HEADER_LINE = 8192;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[65536];
    private int pos;
    private int limit;
    private boolean finished;
    private Part current;

    /** One part: its form field name, whether it is a file, and its body. */
    public record Part(String name, boolean file, InputStream body) {
    }

    private MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the body starts with the boundary itself: read it as if a line break came before
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /** The reader for a request of this Content-Type, if it is multipart with a boundary. */
    public static Optional<MultipartReader> of(String contentType, InputStream body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String boundary = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return Optional.of(new MultipartReader(body, boundary));
    }

    /** The next part, or empty after the closing boundary; the previous part's body is skipped if unread. */
    public Optional<Part> next() throws IOException {
        if (current == null) {
            skipToDelimiter();
        } else {
            current.body().transferTo(OutputStreamNull.INSTANCE);
        }
        current = null;
        if (finished) {
            return Optional.empty();
        }
        // after a delimiter: "--" closes the body, otherwise the rest of the line, then headers
        if (ensure(2) >= 2 && buffer[pos] == '-' && buffer[pos + 1] == '-') {
            finished = true;
            return Optional.empty();
        }
        readLine();
        String name = null;
        boolean file = false;
        String header;
        while (!(header = readLine()).isEmpty()) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                String value = header.substring(colon + 1);
                Matcher matcher = NAME.matcher(value);
                if (matcher.find()) {
                    name = matcher.group(1);
                }
                file = FILENAME.matcher(value).find();
            }
        }
        current = new Part(name == null ? "" : name, file, new PartStream());
        return Optional.of(current);
    }

    private void skipToDelimiter() throws IOException {
        PartStream preamble = new PartStream();
        preamble.transferTo(OutputStreamNull.INSTANCE);
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (ensure(1) < 1) {
                throw new IOException("The multipart body ends inside a part's headers");
            }
            byte b = buffer[pos++];
            if (b == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            if (line.length() > MAX_HEADER_LINE) {
                throw new IOException("A multipart header line is longer than " + MAX_HEADER_LINE + " bytes");
            }
            line.append((char) (b & 0xff));
        }
    }

    /** Makes at least {@code n} bytes available from {@code pos} unless the body ends; returns how many are. */
    private int ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return limit - pos;
        }
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                break;
            }
            limit += read;
        }
        return limit - pos;
    }

    private boolean atDelimiter() {
        for (int i = 0; i < delimiter.length; i++) {
            if (buffer[pos + i] != delimiter[i]) {
                return false;
            }
        }
        return true;
    }

    /** A part's body: ends where the delimiter begins, which it consumes. */
    private final class PartStream extends InputStream {

        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int available = ensure(delimiter.length);
            if (available < delimiter.length) {
                throw new IOException("The multipart body ends before its closing boundary");
            }
            if (atDelimiter()) {
                pos += delimiter.length;
                ended = true;
                return -1;
            }
            // copy up to the next CR, where a delimiter may begin (at least one byte: this one is not one)
            int n = 1;
            int max = Math.min(length, limit - pos);
            while (n < max && buffer[pos + n] != '\r') {
                n++;
            }
            System.arraycopy(buffer, pos, target, offset, n);
            pos += n;
            return n;
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {

        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
