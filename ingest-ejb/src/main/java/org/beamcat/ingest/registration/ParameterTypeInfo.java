package org.beamcat.ingest.registration;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What registration needs of an ICAT ParameterType.
 *
 * @param valueType   NUMERIC, STRING or DATE_AND_TIME
 * @param description in the demo vocabulary (and ESRF's definitions) the NeXus path below the entry,
 *                    e.g. {@code instrument/monochromator/energy}
 */
public record ParameterTypeInfo(long id, String name, String units, String valueType, String description) {

    private static final Pattern NEXUS_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(/[A-Za-z][A-Za-z0-9_]*)+");

    /** The NeXus path of the parameter below the NXentry, when the vocabulary gives one. */
    public Optional<String> nexusPath() {
        return description != null && NEXUS_PATH.matcher(description.strip()).matches()
                ? Optional.of(description.strip()) : Optional.empty();
    }
}
