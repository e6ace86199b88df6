package org.beamcat.icat.server.write;

import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.model.ValueType;

/**
 * The checks every row passes before it is written: required fields set and strings within their column length,
 * with ICAT's messages ("Facility: name cannot be null.", "Facility: name cannot have length > 255"). Checked in
 * Java so the client gets these messages rather than a database error, and before anything is flushed.
 */
final class FieldRules {

    private FieldRules() {
    }

    static void check(EntityAccessor accessor, EntityBase entity) throws IcatServerException {
        for (FieldInfo field : accessor.info().fields()) {
            if (field.kind() == FieldKind.TO_MANY || field.name().equals("id")) {
                continue;
            }
            Object value = accessor.get(entity, field.name());
            if (value == null) {
                if (field.required()) {
                    throw cannotBeNull(accessor, field.name());
                }
            } else if (field.valueType() == ValueType.STRING && field.maxLength() > 0
                    && ((String) value).length() > field.maxLength()) {
                throw new IcatServerException(IcatErrorType.VALIDATION, accessor.name() + ": " + field.name()
                        + " cannot have length > " + field.maxLength());
            }
        }
    }

    static IcatServerException cannotBeNull(EntityAccessor accessor, String field) {
        return new IcatServerException(IcatErrorType.VALIDATION, accessor.name() + ": " + field + " cannot be null.");
    }
}
