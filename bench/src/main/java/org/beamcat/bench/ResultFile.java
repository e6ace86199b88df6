package org.beamcat.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scenario's figures and facts, written as one JSON part that the report command later merges. */
public final class ResultFile {

    private ResultFile() {
    }

    public static void write(Path dir, String scenario, List<Figure> figures, Map<String, String> facts)
            throws IOException {
        Files.createDirectories(dir);
        JsonArrayBuilder array = Json.createArrayBuilder();
        figures.forEach(f -> array.add(f.toJson()));
        var factsJson = Json.createObjectBuilder();
        facts.forEach(factsJson::add);
        JsonObject part = Json.createObjectBuilder().add("scenario", scenario).add("facts", factsJson)
                .add("figures", array).build();
        Files.writeString(dir.resolve(scenario + ".json"), part.toString());
        figures.forEach(f -> System.out.printf("%-10s %-48s %12.3f %-8s baseline %-34s %12.3f  x%.2f%n",
                f.scenario(), f.name(), f.value(), f.unit(), f.baselineName(), f.baseline(), f.slowdown()));
    }

    public static List<JsonObject> readAll(Path dir) throws IOException {
        List<JsonObject> parts = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return parts;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file); JsonReader reader = Json.createReader(in)) {
                    parts.add(reader.readObject());
                }
            }
        }
        return parts;
    }
}
