package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PagedSearchTest {

    private final IcatClient client = IcatClient.create(URI.create("http://localhost:1"), Duration.ofSeconds(1));

    @Test
    void pagesAreAppendedAsIcatLimits() {
        assertEquals("SELECT ds FROM Dataset ds ORDER BY ds.id LIMIT 200, 100",
                PagedSearch.pageQuery("SELECT ds FROM Dataset ds ORDER BY ds.id", 200, 100));
    }

    @Test
    void queriesWithTheirOwnLimitAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PagedSearch(client, "s", "SELECT ds FROM Dataset ds limit 0, 5", 10));
    }

    @Test
    void pageSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PagedSearch(client, "s", "SELECT ds FROM Dataset ds", 0));
    }
}
