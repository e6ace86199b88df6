package org.beamcat.tango.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code dataFolderPattern} property: where a dataset's folder is, e.g. {@code {dataRoot}} (what BLISS
 * sets: dataRoot already holds the full path) or
 * {@code {dataRoot}/{proposal}/{beamlineID}/{sampleName}/{sampleName}_{datasetName}}.
 * Unknown placeholders are refused when the property is read, not when the first dataset ends.
 */
public final class DataFolderPattern {

    public static final String DEFAULT = "{dataRoot}";
    /** {@code scanName} is the older name of {@code datasetName}. */
    public static final Set<String> PLACEHOLDERS =
            Set.of("dataRoot", "proposal", "beamlineID", "sampleName", "datasetName", "scanName");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String pattern;
    private final List<String> used = new ArrayList<>();

    public DataFolderPattern(String pattern) {
        this.pattern = pattern == null || pattern.isBlank() ? DEFAULT : pattern.strip();
        Matcher matcher = PLACEHOLDER.matcher(this.pattern);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                throw new IllegalArgumentException("dataFolderPattern '" + this.pattern + "' has an unknown"
                        + " placeholder {" + name + "}; known: " + String.join(", ", PLACEHOLDERS.stream().sorted().toList()));
            }
            used.add(name);
        }
    }

    /** The placeholders the pattern uses whose value is blank (so the folder cannot be known). */
    public List<String> missing(Map<String, String> values) {
        return used.stream().distinct().filter(name -> values.getOrDefault(name, "").isBlank()).toList();
    }

    /** The folder, with every placeholder replaced; call {@link #missing} first. */
    public String resolve(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder folder = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(folder, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "").strip()));
        }
        matcher.appendTail(folder);
        return folder.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
