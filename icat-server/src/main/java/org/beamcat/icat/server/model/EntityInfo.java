package org.beamcat.icat.server.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One ICAT entity: its name, its fields (attributes and relationships, including the five system
 * fields id, createId, createTime, modId, modTime) and the fields that make an instance unique.
 */
public interface EntityInfo {

    String name();

    Optional<FieldInfo> field(String name);

    Collection<FieldInfo> fields();

    /** Field names of the uniqueness constraint ICAT declares for this entity (empty when none). */
    List<String> uniqueKey();
}
