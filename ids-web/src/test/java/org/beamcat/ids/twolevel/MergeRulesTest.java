package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the contract's merge tables (2.4). "-" means nothing queued, "removed" that the entry goes. */
class MergeRulesTest {

    @ParameterizedTest(name = "dataset: {0} + {1} -> {2}, delay restarted {3}")
    @CsvSource({
        "-, WRITE, WRITE_REQUESTED, true",
        "-, ARCHIVE, ARCHIVE_REQUESTED, false",
        "-, RESTORE, RESTORE_REQUESTED, false",
        "ARCHIVE_REQUESTED, WRITE, WRITE_THEN_ARCHIVE_REQUESTED, true",
        "ARCHIVE_REQUESTED, ARCHIVE, ARCHIVE_REQUESTED, false",
        "ARCHIVE_REQUESTED, RESTORE, RESTORE_REQUESTED, false",
        "RESTORE_REQUESTED, WRITE, WRITE_REQUESTED, true",
        "RESTORE_REQUESTED, ARCHIVE, ARCHIVE_REQUESTED, false",
        "RESTORE_REQUESTED, RESTORE, RESTORE_REQUESTED, false",
        "WRITE_REQUESTED, WRITE, WRITE_REQUESTED, true",
        "WRITE_REQUESTED, ARCHIVE, WRITE_THEN_ARCHIVE_REQUESTED, false",
        "WRITE_REQUESTED, RESTORE, WRITE_REQUESTED, false",
        "WRITE_THEN_ARCHIVE_REQUESTED, WRITE, WRITE_THEN_ARCHIVE_REQUESTED, true",
        "WRITE_THEN_ARCHIVE_REQUESTED, ARCHIVE, WRITE_THEN_ARCHIVE_REQUESTED, false",
        "WRITE_THEN_ARCHIVE_REQUESTED, RESTORE, WRITE_REQUESTED, false",
    })
    void datasetUnit(String queued, Operation request, String expected, boolean restartDelay) {
        MergeRules.Merge merge = MergeRules.merge(StorageUnit.DATASET, state(queued), request);
        assertEquals(state(expected), merge.state());
        assertEquals(restartDelay, merge.restartDelay());
    }

    @ParameterizedTest(name = "datafile: {0} + {1} -> {2}")
    @CsvSource({
        "-, WRITE, WRITE_REQUESTED",
        "-, ARCHIVE, ARCHIVE_REQUESTED",
        "-, RESTORE, RESTORE_REQUESTED",
        "-, DELETE, DELETE_REQUESTED",
        "ARCHIVE_REQUESTED, WRITE, ARCHIVE_REQUESTED",
        "ARCHIVE_REQUESTED, ARCHIVE, ARCHIVE_REQUESTED",
        "ARCHIVE_REQUESTED, RESTORE, removed",
        "ARCHIVE_REQUESTED, DELETE, DELETE_REQUESTED",
        "RESTORE_REQUESTED, WRITE, RESTORE_REQUESTED",
        "RESTORE_REQUESTED, ARCHIVE, ARCHIVE_REQUESTED",
        "RESTORE_REQUESTED, RESTORE, RESTORE_REQUESTED",
        "RESTORE_REQUESTED, DELETE, DELETE_REQUESTED",
        "WRITE_REQUESTED, WRITE, WRITE_REQUESTED",
        "WRITE_REQUESTED, ARCHIVE, WRITE_THEN_ARCHIVE_REQUESTED",
        "WRITE_REQUESTED, RESTORE, WRITE_REQUESTED",
        "WRITE_REQUESTED, DELETE, removed",
        "WRITE_THEN_ARCHIVE_REQUESTED, WRITE, WRITE_THEN_ARCHIVE_REQUESTED",
        "WRITE_THEN_ARCHIVE_REQUESTED, ARCHIVE, WRITE_THEN_ARCHIVE_REQUESTED",
        "WRITE_THEN_ARCHIVE_REQUESTED, RESTORE, WRITE_REQUESTED",
        "WRITE_THEN_ARCHIVE_REQUESTED, DELETE, removed",
        "DELETE_REQUESTED, WRITE, DELETE_REQUESTED",
        "DELETE_REQUESTED, ARCHIVE, DELETE_REQUESTED",
        "DELETE_REQUESTED, RESTORE, DELETE_REQUESTED",
        "DELETE_REQUESTED, DELETE, DELETE_REQUESTED",
    })
    void datafileUnit(String queued, Operation request, String expected) {
        MergeRules.Merge merge = MergeRules.merge(StorageUnit.DATAFILE, state(queued), request);
        assertEquals(state(expected), merge.state());
    }

    @org.junit.jupiter.api.Test
    void theDatasetUnitHasNoDelete() {
        assertThrows(IllegalArgumentException.class, () -> MergeRules.merge(StorageUnit.DATASET, null, Operation.DELETE));
    }

    private static RequestedState state(String text) {
        return text.equals("-") || text.equals("removed") ? null : RequestedState.valueOf(text);
    }
}
