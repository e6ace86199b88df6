package org.beamcat.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example messages under {@code message-contract/examples}, found by walking the folders so that a new
 * example is tested without touching any test. The file name says what it is: {@code <kind>-<anything>.<xml|json>}
 * with kind dataset, investigation, update-dataset-metadata or data-files.
 */
final class Examples {

    static final Path ROOT = Path.of("examples");

    enum Kind {
        DATASET_XML, INVESTIGATION_XML, DATASET_JSON, UPDATE_DATASET_METADATA_JSON, DATA_FILES_JSON
    }

    private Examples() {
    }

    static List<Path> valid() {
        return list(ROOT.resolve("valid"));
    }

    static List<Path> invalid() {
        return list(ROOT.resolve("invalid"));
    }

    static Kind kindOf(Path example) {
        String name = example.getFileName().toString();
        if (name.endsWith(".xml")) {
            if (name.startsWith("dataset-")) {
                return Kind.DATASET_XML;
            }
            if (name.startsWith("investigation")) {
                return Kind.INVESTIGATION_XML;
            }
        } else if (name.endsWith(".json")) {
            if (name.startsWith("dataset")) {
                return Kind.DATASET_JSON;
            }
            if (name.startsWith("update-dataset-metadata")) {
                return Kind.UPDATE_DATASET_METADATA_JSON;
            }
            if (name.startsWith("data-files")) {
                return Kind.DATA_FILES_JSON;
            }
        }
        throw new IllegalStateException("example with a name that says nothing about its kind: " + example);
    }

    /** The expected message fragments of an invalid example, one per line of its .expected file. */
    static List<String> expectedProblems(Path example) {
        Path expected = example.resolveSibling(example.getFileName() + ".expected");
        try {
            return Files.readAllLines(expected).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("every invalid example needs " + expected, e);
        }
    }

    static byte[] bytes(Path example) {
        try {
            return Files.readAllBytes(example);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
