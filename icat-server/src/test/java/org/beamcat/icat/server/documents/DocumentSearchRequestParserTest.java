package org.beamcat.icat.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.junit.jupiter.api.Test;

class DocumentSearchRequestParserTest {

    private final DocumentSearchRequestParser parser = new DocumentSearchRequestParser();
    private static final String QUERY = "{\"target\":\"Investigation\",\"text\":\"tomo\"}";

    private String refused(String sort, String searchAfter, Integer min, Integer max) {
        IcatServerException e = assertThrows(IcatServerException.class,
                () -> parser.parse("simple/alice", QUERY, sort, searchAfter, min, max, false));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        return e.getMessage();
    }

    @Test
    void defaultsAreIcatServers() throws Exception {
        DocumentSearchRequest request = parser.parse("simple/alice", QUERY, null, null, null, 0, false);
        assertEquals(10, request.minCount());
        assertEquals(100, request.maxCount());
        assertEquals(List.of(), request.sort());
        assertNull(request.searchAfter());
        assertNull(request.query().user());
    }

    @Test
    void aMinCountAboveMaxCountAsksForMaxCount() throws Exception {
        DocumentSearchRequest request = parser.parse("simple/alice", QUERY, null, null, null, 1, false);
        assertEquals(1, request.minCount());
        assertEquals(1, request.maxCount());
    }

    @Test
    void sortKeysInOrderAndTheCursor() throws Exception {
        DocumentSearchRequest request = parser.parse("simple/alice", QUERY,
                "{\"startDate\":\"desc\",\"name\":\"asc\"}", "[1704096000000,\"MA-4321\",12]", 5, 20, true);
        assertEquals(List.of(new SortKey("startDate", true), new SortKey("name", false)), request.sort());
        assertEquals("[1704096000000,\"MA-4321\",12]", request.searchAfter().toString());
        assertEquals(5, request.minCount());
        assertEquals(20, request.maxCount());
        assertEquals("simple/alice", request.query().user());
    }

    @Test
    void badSortCursorAndCounts() {
        assertEquals("sort: name must be \"asc\" or \"desc\", not \"up\"", refused("{\"name\":\"up\"}", null, null, null));
        assertEquals("sort must be a JSON object of field to \"asc\" or \"desc\"", refused("[\"name\"]", null, null, null));
        assertEquals("sort: '1x' is not a document field name", refused("{\"1x\":\"asc\"}", null, null, null));
        assertEquals("search_after must be the JSON array a previous page answered, not {}", refused(null, "{}", null, null));
        assertEquals("search_after must be the JSON array a previous page answered, not []", refused(null, "[]", null, null));
        assertEquals("maxCount must be between 1 and 1000, not 1001", refused(null, null, null, 1001));
        assertEquals("minCount must be between 1 and 1000, not -1", refused(null, null, -1, null));
    }
}
