package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IcatClientTest {

    @Test
    void callsAreMadeUnderSlashIcat() {
        assertEquals(URI.create("https://icat.example.org:8181/icat/"),
                IcatClient.create(URI.create("https://icat.example.org:8181/"), Duration.ofSeconds(1)).icatRoot());
    }

    @Test
    void unreachableServerIsAnInternalErrorNamingTheUrl() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        IcatClient client = IcatClient.create(URI.create("http://127.0.0.1:" + freePort), Duration.ofSeconds(2));
        IcatException e = assertThrows(IcatException.class, client::version);
        assertEquals(IcatErrorType.INTERNAL, e.type());
        assertTrue(e.getMessage().contains("127.0.0.1:" + freePort + "/icat/"), e.getMessage());
    }
}
