package org.beamcat.icat.server.write;

import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.json.IcatDateFormat;

/**
 * ICAT's OBJECT_ALREADY_EXISTS message: {@code Facility exists with name = 'Woderwick'}, the key fields in the
 * order of the constraint, a related row printed as {@code id:<n>} (contract 1.2).
 */
final class UniqueKeyMessage {

    private UniqueKeyMessage() {
    }

    static IcatServerException exists(EntityAccessor accessor, EntityBase entity, IcatDateFormat dates, int offset) {
        StringBuilder message = new StringBuilder(accessor.name()).append(" exists with ");
        List<String> key = accessor.info().uniqueKey();
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                message.append(", ");
            }
            Object value = accessor.get(entity, key.get(i));
            message.append(key.get(i)).append(" = '").append(text(value, dates)).append('\'');
        }
        return new IcatServerException(IcatErrorType.OBJECT_ALREADY_EXISTS, message.toString(), offset);
    }

    private static String text(Object value, IcatDateFormat dates) {
        if (value instanceof EntityBase related) {
            // A parent created in the same call has no id yet, so it prints as id:null, as ICAT's would.
            return "id:" + related.getId();
        }
        if (value instanceof java.util.Date date) {
            return dates.format(date);
        }
        return String.valueOf(value);
    }
}
