package org.beamcat.icat.server.freetext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.junit.jupiter.api.Test;

class FreeTextSearchTest {

    private final FreeTextSearch search = new FreeTextSearch();
    private final Caller alice = new Caller("simple/alice", false);
    private final Caller root = new Caller("simple/root", true);

    private void assertBadParameter(String query, String message) {
        IcatServerException e = assertThrows(IcatServerException.class, () -> search.search(alice, query));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        assertEquals(message, e.getMessage());
    }

    @Test
    void validQueriesFindNothingWithoutAnEngine() throws Exception {
        assertEquals("[]", search.search(alice, "{\"target\":\"Dataset\",\"text\":\"titanium\","
                + "\"parameters\":[{\"name\":\"TOMO_energy\",\"units\":\"keV\",\"lowerNumericValue\":10}]}"));
    }

    @Test
    void queriesAreCheckedAsAnEngineWouldCheckThem() {
        assertBadParameter(null, "query is not set");
        assertBadParameter("{\"target\":\"Sample\"}", "target must be one of Investigation, Dataset or Datafile");
        assertBadParameter("{\"text\":\"x\"}", "target must be one of Investigation, Dataset or Datafile");
        assertBadParameter("{\"target\":\"Dataset\",\"parameters\":[{\"name\":\"a\"}]}", "each parameter needs a name and units");
        assertBadParameter("[1]", "query must be a JSON object");
        assertEquals(IcatErrorType.BAD_PARAMETER,
                assertThrows(IcatServerException.class, () -> search.search(alice, "{rubbish")).type());
    }

    @Test
    void indexMaintenanceIsForRootOnly() throws Exception {
        assertEquals("[]", search.populating(root));
        search.maintain(root);
        IcatServerException e = assertThrows(IcatServerException.class, () -> search.maintain(alice));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, e.type());
        assertEquals("user must be in rootUserNames", e.getMessage());
    }
}
