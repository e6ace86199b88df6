package org.beamcat.ids.api;

import java.util.List;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.usecase.SelectionIds;

/**
 * The data selection of an IDS call: a {@code preparedId}, or a {@code sessionId} with up to three id lists.
 * Bound from the query string ({@link QuerySelection}) or a form ({@link FormSelection}); checked here, in
 * the order ids.server checks them: the UUID first, then the id lists.
 */
abstract class SelectionParams {

    String preparedId;
    String sessionId;
    String investigationIds;
    String datasetIds;
    String datafileIds;

    boolean byPreparedId() {
        return preparedId != null;
    }

    String checkedPreparedId() throws IdsException {
        return IdsParams.uuid("preparedId", preparedId);
    }

    String checkedSessionId() throws IdsException {
        return IdsParams.uuid("sessionId", sessionId);
    }

    /** @param max the most ids the three lists may hold together */
    SelectionIds ids(int max) throws IdsException {
        List<Long> investigations = IdList.parse("investigationIds", investigationIds, max);
        List<Long> datasets = IdList.parse("datasetIds", datasetIds, max);
        List<Long> datafiles = IdList.parse("datafileIds", datafileIds, max);
        if ((long) investigations.size() + datasets.size() + datafiles.size() > max) {
            throw IdList.tooMany("The investigationIds, datasetIds and datafileIds parameters hold together", max);
        }
        return new SelectionIds(investigations, datasets, datafiles);
    }
}
