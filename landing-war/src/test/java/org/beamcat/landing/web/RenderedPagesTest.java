package org.beamcat.landing.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.beamcat.landing.doi.Doi;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

    private static final Doi DOI = Doi.parse("10.5072/BEAMCAT-ES-1");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final RenderedPages.Page HTML = new RenderedPages.Page(200, "text/html;charset=UTF-8",
            "<html>page</html>".getBytes(StandardCharsets.UTF_8));

    @Test
    void aPageIsServedAgainOnlyForTheVeryObjectsItWasRenderedFrom() {
        RenderedPages pages = new RenderedPages(10);
        Object record = new Object();
        Object datasets = new Object();
        pages.keep(DOI, 1, record, datasets, DAY, HTML);

        assertArrayEquals(HTML.body(), pages.find(DOI, 1, record, datasets, DAY).orElseThrow().body());
        assertTrue(pages.find(DOI, 1, new Object(), datasets, DAY).isEmpty(),
                "a record loaded again (expired, withdrawn, embargo opened) is rendered again");
        assertTrue(pages.find(DOI, 1, record, new Object(), DAY).isEmpty(), "another dataset page object");
        assertTrue(pages.find(DOI, 2, record, datasets, DAY).isEmpty(), "another page number");
        assertTrue(pages.find(DOI, 1, record, datasets, DAY.plusDays(1)).isEmpty(),
                "the next day (the page says what is under embargo today)");
        assertEquals(1, pages.hits());
    }

    @Test
    void aTombstoneHasNoDatasetPage() {
        RenderedPages pages = new RenderedPages(10);
        Object record = new Object();
        RenderedPages.Page gone = new RenderedPages.Page(410, "text/html", new byte[] {1});
        pages.keep(DOI, 1, record, null, DAY, gone);
        assertEquals(410, pages.find(DOI, 1, record, null, DAY).orElseThrow().status());
    }

    @Test
    void boundedAndTheOftenServedPagesStay() {
        RenderedPages pages = new RenderedPages(2);
        Object a = new Object();
        Doi other = Doi.parse("10.5072/BEAMCAT-ES-2");
        Doi third = Doi.parse("10.5072/BEAMCAT-ES-3");
        pages.keep(DOI, 1, a, null, DAY, HTML);
        pages.find(DOI, 1, a, null, DAY);
        pages.find(DOI, 1, a, null, DAY);
        pages.keep(other, 1, new Object(), null, DAY, HTML);
        pages.keep(third, 1, new Object(), null, DAY, HTML);

        assertEquals(2, pages.size());
        assertTrue(pages.find(DOI, 1, a, null, DAY).isPresent(), "served often, kept");
    }
}
