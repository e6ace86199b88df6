package org.beamcat.icat.server.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    @Test
    void readsFieldsThenAFileUpToTheBoundary() throws IOException {
        String body = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{\"a\":1}\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"icat.port\"\r\n"
                + "Content-Type: text/plain\r\n\r\n1.0\r\nline with \r and --XyZ-like text\n\r\n--XyZ--\r\n";
        MultipartReader reader = MultipartReader.of(TYPE, in(body)).orElseThrow();
        MultipartReader.Part json = reader.next().orElseThrow();
        assertEquals("json", json.name());
        assertFalse(json.file());
        assertEquals("{\"a\":1}", text(json.body()));
        MultipartReader.Part file = reader.next().orElseThrow();
        assertTrue(file.file());
        assertEquals("1.0\r\nline with \r and --XyZ-like text\n", text(file.body()));
        assertTrue(reader.next().isEmpty());
    }

    @Test
    void skipsAnUnreadPartAndAcceptsAQuotedBoundary() throws IOException {
        String body = "--b c\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nunread\r\n--b c\r\n"
                + "Content-Disposition: form-data; name=\"y\"\r\n\r\nread\r\n--b c--";
        MultipartReader reader = MultipartReader.of("multipart/form-data; boundary=\"b c\"", in(body)).orElseThrow();
        reader.next();
        assertEquals("read", text(reader.next().orElseThrow().body()));
        assertTrue(reader.next().isEmpty());
    }

    @Test
    void aBodyCutShortIsAnError() throws IOException {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\n1.0\r\nFacility";
        MultipartReader.Part file = MultipartReader.of(TYPE, in(body)).orElseThrow().next().orElseThrow();
        IOException e = assertThrows(IOException.class, () -> text(file.body()));
        assertEquals("The multipart body ends before its closing boundary", e.getMessage());
    }

    @Test
    void onlyMultipartWithABoundaryIsRead() {
        assertTrue(MultipartReader.of("application/x-www-form-urlencoded", in("")).isEmpty());
        assertTrue(MultipartReader.of("multipart/form-data", in("")).isEmpty());
        assertTrue(MultipartReader.of(null, in("")).isEmpty());
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
