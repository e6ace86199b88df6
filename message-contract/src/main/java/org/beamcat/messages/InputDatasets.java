package org.beamcat.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@value Parameter#INPUT_DATASETS} parameter of processed data: raw dataset folders, which
 * producers join with spaces (pyicat-plus's list rule) or, in some versions, commas.
 */
final class InputDatasets {

    private InputDatasets() {
    }

    static List<String> paths(Problems problems, String path, String value) {
        List<String> paths = new ArrayList<>();
        for (String token : value.strip().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                paths.add(FieldRules.absolutePath(problems, path, token));
            }
        }
        if (paths.isEmpty()) {
            problems.add(path, "must list at least one raw dataset folder");
        }
        return List.copyOf(paths);
    }
}
