package org.beamcat.icat.server.search;

import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * Counts what one search or get returns against {@code maxEntities}. The wording follows the contract: 3.3 for
 * the rows of a search ("process"), 3.4 once INCLUDEd descendants are added ("return").
 */
final class EntityBudget {

    private final int maxEntities;
    private int used;

    EntityBudget(int maxEntities) {
        this.maxEntities = maxEntities;
    }

    int maxEntities() {
        return maxEntities;
    }

    void rows(int count) throws IcatServerException {
        used += count;
        if (used > maxEntities) {
            throw new IcatServerException(IcatErrorType.VALIDATION,
                    "attempt to process more than " + maxEntities + " entities");
        }
    }

    void included(int count) throws IcatServerException {
        used += count;
        if (used > maxEntities) {
            throw new IcatServerException(IcatErrorType.VALIDATION,
                    "attempt to return more than " + maxEntities + " entities");
        }
    }
}
