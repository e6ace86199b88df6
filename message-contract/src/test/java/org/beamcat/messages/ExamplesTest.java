package org.beamcat.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the repository is checked, so the documentation cannot drift from the code: valid ones
 * are read, written back and read again to the same record (and, for JSON, accepted by the published
 * schema); invalid ones fail with the problems their {@code .expected} file lists (and, for JSON, the
 * published schema rejects them too).
 */
class ExamplesTest {

    private final DatasetMessageXml xml = new DatasetMessageXml();
    private final DatasetMessageJson datasetJson = new DatasetMessageJson();
    private final UpdateDatasetMetadataJson updateJson = new UpdateDatasetMetadataJson();
    private final DataFilesJson dataFilesJson = new DataFilesJson();

    @Test
    void thereAreExamplesOfEveryKindBothValidAndInvalid() {
        for (Examples.Kind kind : Examples.Kind.values()) {
            assertTrue(Examples.valid().stream().anyMatch(p -> Examples.kindOf(p) == kind), "valid " + kind);
            assertTrue(Examples.invalid().stream().anyMatch(p -> Examples.kindOf(p) == kind), "invalid " + kind);
        }
    }

    @TestFactory
    Stream<DynamicTest> validExamplesAreAcceptedAndSurviveARoundTrip() {
        return Examples.valid().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Object message = read(p);
            assertEquals(message, read(write(message, Examples.kindOf(p)), Examples.kindOf(p)), "written back and read again");
            if (p.toString().endsWith(".json")) {
                List<String> violations = schemaOf(p).violations(parseJson(Examples.bytes(p)));
                assertEquals(List.of(), violations, "the published JSON schema accepts it");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesAreRejectedWithTheExpectedProblems() {
        return Examples.invalid().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> read(p));
            for (String expected : Examples.expectedProblems(p)) {
                assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
            }
            if (p.toString().endsWith(".json")) {
                assertSchemaRejects(p);
            }
        }));
    }

    private void assertSchemaRejects(Path example) {
        JsonValue value;
        try {
            value = parseJson(Examples.bytes(example));
        } catch (JsonParsingException e) {
            return; // Not JSON a schema could even look at (e.g. duplicate keys): rejected all the same.
        }
        assertFalse(schemaOf(example).violations(value).isEmpty(), "the published JSON schema rejects it too");
    }

    private Object read(Path example) throws Exception {
        return read(new String(Examples.bytes(example), StandardCharsets.UTF_8), Examples.kindOf(example));
    }

    private Object read(String text, Examples.Kind kind) {
        return switch (kind) {
            case DATASET_XML -> xml.readDataset(text);
            case INVESTIGATION_XML -> xml.readInvestigation(text);
            case DATASET_JSON -> datasetJson.read(text);
            case UPDATE_DATASET_METADATA_JSON -> updateJson.read(text);
            case DATA_FILES_JSON -> dataFilesJson.read(text);
        };
    }

    private String write(Object message, Examples.Kind kind) {
        return switch (kind) {
            case DATASET_XML, INVESTIGATION_XML -> xml.write((IngestMessage) message);
            case DATASET_JSON -> datasetJson.write((DatasetMessage) message);
            case UPDATE_DATASET_METADATA_JSON -> updateJson.write((UpdateDatasetMetadataMessage) message);
            case DATA_FILES_JSON -> dataFilesJson.write((DataFilesMessage) message);
        };
    }

    private static JsonSchemaSubset schemaOf(Path example) {
        return switch (Examples.kindOf(example)) {
            case DATASET_JSON -> JsonSchemaSubset.load(DatasetMessageJson.SCHEMA_RESOURCE);
            case UPDATE_DATASET_METADATA_JSON -> JsonSchemaSubset.load(UpdateDatasetMetadataJson.SCHEMA_RESOURCE);
            case DATA_FILES_JSON -> JsonSchemaSubset.load(DataFilesJson.SCHEMA_RESOURCE);
            default -> throw new IllegalArgumentException("no JSON schema for " + example);
        };
    }

    private static JsonValue parseJson(byte[] bytes) {
        var factory = Json.createReaderFactory(java.util.Map.of(jakarta.json.JsonConfig.KEY_STRATEGY,
                jakarta.json.JsonConfig.KeyStrategy.NONE));
        return factory.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readValue();
    }
}
