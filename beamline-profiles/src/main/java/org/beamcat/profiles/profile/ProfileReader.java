package org.beamcat.profiles.profile;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a beamline profile (YAML, or JSON, which is YAML too): the file's syntax, then the published JSON Schema,
 * then the rules a schema cannot say (see {@link ProfileRules}). Every problem names its line and field.
 */
public final class ProfileReader {

    /** The published schema, on the class path beside the shipped profiles. */
    public static final String SCHEMA_RESOURCE = "/org/beamcat/profiles/beamline-profile.schema.json";

    /** A profile is a page of text; anything larger is refused before parsing (bounded time and memory). */
    static final int MAX_CHARS = 1 << 20;

    private final ObjectMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final NodeReader nodes = NodeReader.builder().yamlMapper(yaml).locationAware().build();
    private final Schema schema;

    public ProfileReader() {
        try (InputStream in = ProfileReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source what to call the text in messages (its file name)
     * @throws InvalidProfile with every problem found
     */
    public BeamlineProfile read(String source, String text) throws InvalidProfile {
        if (text.length() > MAX_CHARS) {
            throw new InvalidProfile(source, List.of(new ProfileProblem(0, "", "larger than " + MAX_CHARS
                    + " characters; a profile is a page of text")));
        }
        JsonNode tree;
        try {
            tree = nodes.readTree(text, InputFormat.YAML);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new InvalidProfile(source, List.of(new ProfileProblem(at == null ? 0 : at.getLineNr(), "",
                    "not readable YAML: " + e.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidProfile(source, List.of(new ProfileProblem(0, "", "the file is empty")));
        }
        List<ProfileProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            problems.add(new ProfileProblem(lineOf(error.getInstanceNode()), error.getInstanceLocation().toString(),
                    error.getMessage()));
        }
        if (problems.isEmpty()) {
            problems.addAll(new ProfileRules(ProfileReader::lineOf).check(tree));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfile(source, problems);
        }
        try {
            return yaml.treeToValue(tree, BeamlineProfile.class);
        } catch (JacksonException e) {
            // The schema admits only what the records hold, so this is a mismatch between the two: say so.
            throw new InvalidProfile(source, List.of(new ProfileProblem(0, "", "valid against the schema but not"
                    + " readable as a profile (" + e.getOriginalMessage() + ")")));
        }
    }

    /** The line of a node read with locations, or 0. */
    static int lineOf(JsonNode node) {
        if (node instanceof TokenStreamLocationAware located && located.tokenStreamLocation() != null) {
            return located.tokenStreamLocation().getLineNr();
        }
        return 0;
    }
}
