package org.beamcat.ids.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.beamcat.ids.error.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdListTest {

    private static final int MAX = 100_000;

    @Test
    void listsTolerateWhitespaceAroundCommasAndMayBeAbsent() throws Exception {
        assertEquals(List.of(1L, 22L, 333L), IdList.parse("datasetIds", " 1 , 22,\t333 \n", MAX));
        assertEquals(List.of(0L, Long.MAX_VALUE), IdList.parse("datasetIds", "0," + Long.MAX_VALUE, MAX));
        assertEquals(List.of(7L), IdList.parse("datasetIds", "007", MAX));
        assertEquals(List.of(), IdList.parse("datasetIds", null, MAX));
        assertEquals(List.of(), IdList.parse("datasetIds", "", MAX));
        assertEquals(List.of(), IdList.parse("datasetIds", "  ", MAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,,2", "a", "1,", ",1", "-1", "1,-2", "+1", "1;2", "1 2", " , ", "0x10", "1.0",
        "9223372036854775808", "99999999999999999999", "\u0661", "1\u00002", "1,2,a"})
    void malformedListsAreBadRequests(String list) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> IdList.parse("datasetIds", list, MAX));
        assertEquals("The datasetIds parameter '" + list
                + "' is not a valid string representation of a comma separated list of longs", e.getMessage());
    }

    @Test
    void aHundredThousandIdsParseInOnePassAndOneMoreIsRefused() throws Exception {
        String list = LongStream.rangeClosed(1_000_000_000L, 1_000_000_000L + MAX - 1).mapToObj(Long::toString)
                .collect(Collectors.joining(" , "));
        List<Long> ids = IdList.parse("datafileIds", list, MAX);
        assertEquals(MAX, ids.size());
        assertEquals(1_000_000_000L + MAX - 1, ids.get(MAX - 1));
        String message = assertThrows(BadRequestException.class,
                () -> IdList.parse("datafileIds", list + ",1", MAX)).getMessage();
        assertTrue(message.startsWith("The datafileIds parameter holds more than 100000 ids"), message);
    }

    @Test
    void aHugeMalformedListIsQuotedShort() {
        String list = "1,".repeat(500_000) + "x";
        String message = assertThrows(BadRequestException.class,
                () -> IdList.parse("datafileIds", list, Integer.MAX_VALUE)).getMessage();
        assertTrue(message.length() < 250, message);
    }

    @Test
    void theThreeListsTogetherAreBounded() throws Exception {
        QuerySelection params = new QuerySelection();
        params.setDatafileIds("1,2");
        params.setDatasetIds("3");
        assertEquals(3, params.ids(3).datafiles().size() + params.ids(3).datasets().size());
        params.setInvestigationIds("4");
        assertTrue(assertThrows(BadRequestException.class, () -> params.ids(3)).getMessage()
                .startsWith("The investigationIds, datasetIds and datafileIds parameters hold together more than 3"));
    }
}
