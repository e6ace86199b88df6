package org.beamcat.icat.server.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An entity as {@link EntityClassReader} found it; fields are kept in alphabetical order, like ICAT. */
record AnnotatedEntityInfo(String name, Map<String, FieldInfo> fieldsByName, List<String> uniqueKey)
        implements EntityInfo {

    AnnotatedEntityInfo {
        fieldsByName = Collections.unmodifiableMap(new TreeMap<>(fieldsByName));
        uniqueKey = List.copyOf(uniqueKey);
    }

    @Override
    public Optional<FieldInfo> field(String fieldName) {
        return Optional.ofNullable(fieldsByName.get(fieldName));
    }

    @Override
    public Collection<FieldInfo> fields() {
        return fieldsByName.values();
    }
}
