package org.beamcat.icat.server.json;

import java.util.List;
import org.beamcat.icat.server.model.FieldInfo;

/** New objects to create in a to-many relation of the object they are given in (ICAT's nested creation). */
public record NewChildren(FieldInfo field, List<EntityDescription> children) implements FieldValue {

    public NewChildren {
        children = List.copyOf(children);
    }
}
