package org.beamcat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package) against one URL and reads requests/s and latency percentiles from its report. */
final class Wrk {

    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: .*");

    private Wrk() {
    }

    static Result run(String url, int threads, int connections, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "30s", url)).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed on " + url + ":\n" + report);
        }
        return parse(report, url, seconds, connections);
    }

    /** Reads wrk's text report; failed requests or none completed make the run unusable, not fast. */
    static Result parse(String report, String url, int seconds, int connections) throws IOException {
        Matcher errors = ERRORS.matcher(report);
        if (errors.find()) {
            throw new IOException("wrk saw failed requests on " + url + " (" + errors.group() + "):\n" + report);
        }
        long requests = (long) number(REQUESTS, report, url);
        if (requests == 0) {
            // Seen when every HTTP worker thread waits on a call back into the same server (the landing
            // page asks the catalogue over HTTP): more connections than worker threads never complete.
            throw new IOException("no request to " + url + " completed in " + seconds + " s with " + connections
                    + " connections (more than the server's HTTP worker threads?):\n" + report);
        }
        return new Result(number(RATE, report, url), percentile("50%", report, url), percentile("99%", report, url),
                requests);
    }

    private static double number(Pattern pattern, String report, String url) throws IOException {
        Matcher m = pattern.matcher(report);
        if (!m.find()) {
            throw new IOException("unexpected wrk report for " + url + ":\n" + report);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A "Latency Distribution" line such as "99%   12.34ms", in milliseconds. */
    private static double percentile(String label, String report, String url) throws IOException {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\b").matcher(report);
        if (!m.find()) {
            throw new IOException("no " + label + " latency in the wrk report for " + url + ":\n" + report);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            default -> v * 60_000;
        };
    }
}
