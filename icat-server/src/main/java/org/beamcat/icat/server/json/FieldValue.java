package org.beamcat.icat.server.json;

import org.beamcat.icat.server.model.FieldInfo;

/** One field given in a POST {@code entities} object, already resolved against the entity model. */
public sealed interface FieldValue permits AttributeValue, ReferenceValue, NewChildren {

    FieldInfo field();
}
