package org.beamcat.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 2, first half: fills the catalogue to the scale through POST entityManager. How long that took
 * is recorded as a fact (it is set-up, not a compared figure); the planner statistics are refreshed
 * afterwards (ANALYZE), as autovacuum would in a running facility, so that neither the catalogue nor the
 * SQL baseline is timed against stale statistics.
 */
@Command(name = "generate", description = "fill the catalogue to the scale through the bulk ICAT path")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Option(names = "--batch", defaultValue = "2000", description = "entities per entityManager call")
    int batch;

    @Override
    public Integer call() throws Exception {
        Scale scale = target.scale();
        Catalogue root = Catalogue.login(target, target.rootUser, target.rootPassword);
        CatalogueGenerator generator = new CatalogueGenerator(root, scale, batch, target.memberFullName());
        long start = System.nanoTime();
        generator.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection db = target.connect(); Statement analyze = db.createStatement()) {
            analyze.execute("ANALYZE");
        }
        ResultFile.write(target.parts, "2a-generate", List.of(), Map.of(
                "generate.scale", scale.name(),
                "generate.investigations", Integer.toString(scale.investigations()),
                "generate.users", Integer.toString(scale.users()),
                "generate.samples", Integer.toString(scale.samples()),
                "generate.datasets", Long.toString(generator.datasetsDone()),
                "generate.datafiles", Long.toString(generator.datafilesDone()),
                "generate.datasetParameters", Long.toString(scale.datasetParameters()),
                "generate.calls", Long.toString(generator.calls()),
                "generate.seconds", String.format("%.1f", seconds),
                "generate.datafilesPerSecond", String.format("%.0f", generator.datafilesDone() / seconds)));
        return 0;
    }
}
