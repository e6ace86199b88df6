package org.beamcat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class WrkTest {

    private static String report(String p50, String p99, String requests, String extra, String rate) {
        return "Running 10s test @ http://localhost:35080/doi/x\n  2 threads and 4 connections\n"
                + "  Latency Distribution\n     50%  " + p50 + "\n     75%    1.00ms\n     90%    2.00ms\n"
                + "     99%  " + p99 + "\n  " + requests + " requests in 10.01s, 1.00MB read\n" + extra
                + "Requests/sec:  " + rate + "\nTransfer/sec:    100.00KB\n";
    }

    @Test
    void readsRateAndPercentilesInAnyUnit() throws IOException {
        Wrk.Result result = Wrk.parse(report("812.00us", "1.50s", "1234", "", "123.40"), "u", 10, 4);
        assertEquals(123.4, result.requestsPerSecond(), 1e-9);
        assertEquals(0.812, result.p50Millis(), 1e-9);
        assertEquals(1500, result.p99Millis(), 1e-9);
        assertEquals(1234, result.requests());
    }

    @Test
    void failedResponsesMakeTheRunUnusable() {
        IOException e = assertThrows(IOException.class, () -> Wrk.parse(
                report("1.00ms", "2.00ms", "100", "  Non-2xx or 3xx responses: 7\n", "10.00"), "u", 10, 4));
        assertTrue(e.getMessage().contains("Non-2xx or 3xx responses: 7"), e.getMessage());
    }

    @Test
    void socketTimeoutsMakeTheRunUnusable() {
        assertThrows(IOException.class, () -> Wrk.parse(report("1.00ms", "2.00ms", "100",
                "  Socket errors: connect 0, read 0, write 0, timeout 3\n", "10.00"), "u", 10, 4));
    }

    @Test
    void noCompletedRequestIsAnErrorNotAZeroFigure() {
        IOException e = assertThrows(IOException.class,
                () -> Wrk.parse(report("0.00us", "0.00us", "0", "", "0.00"), "u", 10, 8));
        assertTrue(e.getMessage().contains("no request"), e.getMessage());
    }

    @Test
    void aReportWithoutFiguresIsRejected() {
        assertThrows(IOException.class, () -> Wrk.parse("unable to connect to localhost:1\n", "u", 10, 4));
    }
}
