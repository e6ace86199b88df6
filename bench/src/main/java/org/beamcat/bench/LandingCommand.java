package org.beamcat.bench;

import org.beamcat.icat.client.IcatQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 4: a landing page under concurrent load (wrk) against the same server's liveness endpoint.
 * The page is the experiment-session DOI of MA-4321, minted by the DOI service's own job (offline
 * registrar) through {@code POST /doi/admin/mint-sessions}.
 */
@Command(name = "landing", description = "landing page vs health endpoint under wrk load")
final class LandingCommand implements Callable<Integer> {

    @Mixin
    Target target;

    /**
     * Below Payara's default of 5 HTTP worker threads: each landing page calls the catalogue on the same
     * server over HTTP, so with more connections than workers every worker waits for a worker and no
     * request completes (measured: 0 requests with 8 connections). README, "Findings".
     */
    @Option(names = "--connections", defaultValue = "4")
    int connections;

    @Option(names = "--threads", defaultValue = "2")
    int threads;

    @Option(names = "--baseline-path", defaultValue = "/health/live",
            description = "the cheap endpoint of the same server the page is compared with")
    String baselinePath;

    @Override
    public Integer call() throws Exception {
        Catalogue root = Catalogue.login(target, target.rootUser, target.rootPassword);
        Http1 http = new Http1(target.url);
        // At a generated scale this run mints every ended session's DOI, not just MA-4321's: its time is a fact.
        long mintStarted = System.nanoTime();
        http.postForm("/doi/admin/mint-sessions", Map.of("sessionId", root.session()));
        double mintSeconds = (System.nanoTime() - mintStarted) / 1e9;
        long withDoi = root.search(IcatQuery.of("SELECT COUNT(i) FROM Investigation i WHERE i.doi IS NOT NULL")).getJsonNumber(0)
                .longValue();
        var rows = root.search(IcatQuery.of("SELECT i.doi FROM Investigation i WHERE i.name = :name").with("name", "MA-4321"));
        if (rows.isEmpty() || rows.isNull(0)) {
            throw new IllegalStateException("MA-4321 has no DOI after minting");
        }
        String pagePath = "/doi/" + rows.getString(0);
        String page = http.get(pagePath, Map.of());
        if (!page.contains("MA-4321")) {
            throw new IllegalStateException(pagePath + " does not show MA-4321");
        }
        http.get(baselinePath, Map.of());
        int seconds = target.scale().landingSeconds();
        // A short warm-up of each, so neither figure pays for first-request compilation.
        Wrk.run(target.url + pagePath, threads, connections, 3);
        Wrk.run(target.url + baselinePath, threads, connections, 3);
        Wrk.Result landing = Wrk.run(target.url + pagePath, threads, connections, seconds);
        Wrk.Result health = Wrk.run(target.url + baselinePath, threads, connections, seconds);
        String load = "wrk -t" + threads + " -c" + connections + " -d" + seconds + "s";
        ResultFile.write(target.parts, "4-landing", List.of(
                new Figure("landing", "landing page requests per second", "req/s", landing.requestsPerSecond(),
                        "GET " + baselinePath, health.requestsPerSecond(), true, load),
                new Figure("landing", "landing page p50 latency", "ms", landing.p50Millis(),
                        "GET " + baselinePath, health.p50Millis(), false, load),
                new Figure("landing", "landing page p99 latency", "ms", landing.p99Millis(),
                        "GET " + baselinePath, health.p99Millis(), false, load)),
                Map.of("landing.page", pagePath, "landing.pageBytes", Integer.toString(page.length()),
                        "landing.requests", Long.toString(landing.requests()),
                        "landing.mintSeconds", String.format(Locale.ROOT, "%.1f", mintSeconds),
                        "landing.investigationsWithDoi", Long.toString(withDoi)));
        return 0;
    }
}
