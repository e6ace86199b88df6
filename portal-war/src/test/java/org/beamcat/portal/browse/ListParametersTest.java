package org.beamcat.portal.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.beamcat.portal.catalogue.Slice;
import org.beamcat.portal.catalogue.Sorts.DatafileSort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    @Test
    void absentParametersTakeTheDefaults() throws Exception {
        Slice<DatafileSort> slice = ListParameters.slice(Map.of(), DatafileSort.class, DatafileSort.NAME, true, 25);
        assertEquals(1, slice.page());
        assertEquals(0, slice.offset());
        assertEquals(DatafileSort.NAME, slice.sort());
        assertTrue(slice.ascending());
        assertEquals(Optional.empty(), slice.namePrefix());
    }

    @Test
    void pageSortDirectionAndPrefixAreRead() throws Exception {
        Slice<DatafileSort> slice = ListParameters.slice(Map.of("page", "1000", "sort", "size", "dir", "desc",
                "name", " frame_00 "), DatafileSort.class, DatafileSort.NAME, true, 25);
        assertEquals(1000, slice.page());
        assertEquals(999L * 25, slice.offset());
        assertEquals(DatafileSort.SIZE, slice.sort());
        assertFalse(slice.ascending());
        assertEquals(Optional.of("frame_00"), slice.namePrefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=abc", "page=1.5", "page=99999999", "page=", "sort=NAME",
            "sort=fileSize", "sort=name;drop", "sort=", "dir=up", "dir=ASC", "name=a\u0000b", "name=line\nbreak"})
    void hostileValuesAreRefused(String parameter) {
        String[] pair = parameter.split("=", 2);
        assertThrows(InvalidParameter.class, () -> ListParameters.slice(Map.of(pair[0], pair[1]), DatafileSort.class,
                DatafileSort.NAME, true, 25));
    }

    @Test
    void aPrefixOfMoreThanAHundredCharactersIsRefused() {
        assertThrows(InvalidParameter.class, () -> ListParameters.slice(Map.of("name", "x".repeat(101)),
                DatafileSort.class, DatafileSort.NAME, true, 25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-5", "1e3", "0x10", "12345678901234567890", " 7", "7 "})
    void idsMustBePositiveWholeNumbers(String id) {
        assertThrows(InvalidParameter.class, () -> ListParameters.id(Map.of("id", id), "id"));
    }

    @Test
    void aMissingIdIsRefused() {
        assertThrows(InvalidParameter.class, () -> ListParameters.id(Map.of(), "id"));
    }
}
