package org.beamcat.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Merges the scenarios' parts into results/latest.json and results/latest.md, with the machine they ran on. */
@Command(name = "report", description = "write latest.json and latest.md from the scenario parts")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Option(names = "--out", required = true, description = "results folder")
    Path out;

    @Option(names = "--seconds", defaultValue = "0", description = "wall time of the whole run")
    long seconds;

    @Override
    public Integer call() throws Exception {
        List<JsonObject> parts = ResultFile.readAll(target.parts);
        Map<String, String> machine = Machine.describe(target);
        String when = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObjectBuilder machineJson = Json.createObjectBuilder();
        machine.forEach(machineJson::add);
        JsonArrayBuilder figures = Json.createArrayBuilder();
        JsonObjectBuilder facts = Json.createObjectBuilder();
        for (JsonObject part : parts) {
            part.getJsonArray("figures").forEach(figures::add);
            part.getJsonObject("facts").forEach(facts::add);
        }
        JsonObject report = Json.createObjectBuilder().add("when", when).add("scale", target.scale().name())
                .add("wallSeconds", seconds).add("machine", machineJson).add("facts", facts)
                .add("figures", figures).build();
        Files.createDirectories(out);
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(json)) {
            generator.write(report);
        }
        Files.writeString(out.resolve("latest.json"), json + "\n");
        Files.writeString(out.resolve("latest.md"), markdown(report));
        return 0;
    }

    static String markdown(JsonObject report) {
        StringBuilder md = new StringBuilder();
        md.append("Scale `").append(report.getString("scale")).append("`, ").append(report.getString("when"))
                .append(", whole run ").append(report.getJsonNumber("wallSeconds")).append(" s.\n\n");
        md.append("Machine: ");
        JsonObject machine = report.getJsonObject("machine");
        md.append(String.join("; ", machine.keySet().stream()
                .map(k -> k + " " + machine.getString(k)).toList())).append(".\n\n");
        md.append("| scenario | figure | BeamCat | baseline (same run) | baseline | × slower than baseline | conditions |\n");
        md.append("|---|---|---:|---|---:|---:|---|\n");
        for (JsonValue value : report.getJsonArray("figures")) {
            Figure f = Figure.fromJson(value.asJsonObject());
            md.append(String.format(Locale.ROOT, "| %s | %s | %s %s | %s | %s %s | %.2f | %s |%n", f.scenario(),
                    f.name(), number(f.value()), f.unit(), f.baselineName(), number(f.baseline()), f.unit(),
                    f.slowdown(), f.note()));
        }
        md.append("\nFacts: ");
        JsonObject facts = report.getJsonObject("facts");
        md.append(String.join("; ", facts.keySet().stream()
                .map(k -> k + " = " + ((JsonString) facts.get(k)).getString()).toList())).append(".\n");
        return md.toString();
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
