package org.beamcat.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A STOMP client over a raw socket, as small as the tests need: the frames a Python beamline client sends
 * (CONNECT, SEND with a receipt, DISCONNECT) and the broker's answers. Written here rather than taken from a
 * library so the test controls every header on the wire (accept-version in particular).
 */
final class StompConnection implements AutoCloseable {

    record Frame(String command, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return command + " " + headers + (body.length == 0 ? "" : " " + text());
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int receipts;

    StompConnection(String host, int port) throws IOException {
        socket = connectWhenListening(host, port);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /**
     * The embedded broker starts with the first application that uses JMS and opens its STOMP bridge a moment
     * after the deployment returns: a refused connection is retried for up to a minute, as a beamline client would.
     */
    private static Socket connectWhenListening(String host, int port) throws IOException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                return new Socket(host, port);
            } catch (java.net.ConnectException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw refused;
                }
            }
        }
    }

    /** CONNECT; the answer is CONNECTED, or ERROR when the broker refuses. */
    Frame connect(String acceptVersion, String login, String passcode) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept-version", acceptVersion);
        headers.put("host", "localhost");
        headers.put("login", login);
        headers.put("passcode", passcode);
        write("CONNECT", headers, new byte[0]);
        return read();
    }

    /** SEND with a receipt request; the answer is the RECEIPT (the broker has the message) or an ERROR. */
    Frame send(String destination, Map<String, String> extraHeaders, byte[] body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", destination);
        headers.putAll(extraHeaders);
        headers.put("receipt", "send-" + ++receipts);
        write("SEND", headers, body);
        return read();
    }

    Frame disconnect() throws IOException {
        write("DISCONNECT", Map.of("receipt", "bye"), new byte[0]);
        return read();
    }

    private void write(String command, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> head.append(name).append(':').append(value).append('\n'));
        head.append('\n');
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.write(0);
        out.flush();
    }

    /** One frame; end-of-line heart-beats between frames are skipped. */
    Frame read() throws IOException {
        String command = line();
        while (command.isEmpty()) {
            command = line();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.putIfAbsent(header.substring(0, colon), header.substring(colon + 1));
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            expect(0);
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int b = next(); b != 0; b = next()) {
                bytes.write(b);
            }
            body = bytes.toByteArray();
        }
        return new Frame(command, headers, body);
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = next(); b != '\n'; b = next()) {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the STOMP server closed the connection");
        }
        return b;
    }

    private void expect(int wanted) throws IOException {
        int b = next();
        if (b != wanted) {
            throw new IOException("expected byte " + wanted + " after the frame body, got " + b);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
