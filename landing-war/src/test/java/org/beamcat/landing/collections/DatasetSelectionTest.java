package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.collections.CollectionCatalogue.DatasetChoice;
import org.beamcat.landing.collections.CollectionCatalogue.DatasetChoicePage;
import org.junit.jupiter.api.Test;

/** The mint page's dataset selection over pages and filters, against an investigation of 7 datasets. */
class DatasetSelectionTest {

    /** Investigation 7: datasets 1..7 named scan_1 .. scan_5, dark_6, dark_7; pages of 3. */
    private final List<DatasetChoice> all = LongStream.rangeClosed(1, 7)
            .mapToObj(id -> new DatasetChoice(id, (id <= 5 ? "scan_" : "dark_") + id)).toList();
    private final List<String> asked = new ArrayList<>();
    private boolean down;

    private final DatasetSelection.Pages pages = (investigation, filter, offset) -> {
        if (down) {
            throw new IcatException(IcatErrorType.INTERNAL, "down", -1);
        }
        asked.add(investigation + ":" + filter + ":" + offset);
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<DatasetChoice> matching = investigation != 7 ? List.of()
                : all.stream().filter(d -> d.name().contains(f)).toList();
        return new DatasetChoicePage(matching.subList(Math.min(offset, matching.size()),
                Math.min(offset + 3, matching.size())), matching.size());
    };

    private final DatasetSelection selection = new DatasetSelection(3);

    private List<Long> shownIds() {
        return selection.shown().stream().map(DatasetChoice::id).toList();
    }

    @Test
    void listingStartsAtTheFirstPageWithNothingSelected() throws Exception {
        selection.list(7, pages);

        assertEquals(List.of(1L, 2L, 3L), shownIds());
        assertEquals(1, selection.page());
        assertEquals(3, selection.pageCount());
        assertEquals(7, selection.total());
        assertFalse(selection.hasPrevious());
        assertTrue(selection.hasMore());
        assertEquals(List.of(), selection.selected());
    }

    @Test
    void aProposalFromThePortalsCartIsTickedOnEveryPage() throws Exception {
        selection.list(7, pages);
        selection.preselect(List.of(2L, 6L));

        assertEquals(List.of(2L), selection.boxes().stream().map(b -> Long.valueOf(b.toString())).toList(),
                "the page shown has its proposed box ticked");
        selection.next(pages);
        selection.next(pages);
        assertEquals(List.of(2L, 6L), selection.selected());
    }

    @Test
    void ticksAreKeptOverPagesAndTheBoxesOfAPageReplaceItsPart() throws Exception {
        selection.list(7, pages);
        selection.setBoxes(List.of(1L, "3"));
        selection.next(pages);

        assertEquals(List.of(4L, 5L, 6L), shownIds());
        assertEquals(List.of(), selection.boxes(), "nothing of page 2 is ticked yet");
        selection.setBoxes(List.of(5L));
        selection.previous(pages);

        assertEquals(List.of(1L, 3L), selection.boxes(), "page 1 shows its ticks again");
        selection.setBoxes(List.of(2L)); // unticks 1 and 3, ticks 2
        assertEquals(List.of(5L, 2L), selection.selected());
    }

    @Test
    void boxesOfAnotherPageOrNotNumbersAreIgnored() throws Exception {
        selection.list(7, pages);
        selection.setBoxes(List.of(6L, "x", 2L));

        assertEquals(List.of(2L), selection.selected());
    }

    @Test
    void aFilterStartsAtItsFirstPageAndKeepsTheSelection() throws Exception {
        selection.list(7, pages);
        selection.setBoxes(List.of(1L));
        selection.next(pages);
        selection.filter(pages, " DARK ");

        assertEquals(List.of(6L, 7L), shownIds());
        assertEquals("DARK", selection.appliedFilter());
        assertEquals(1, selection.page());
        assertEquals(1, selection.pageCount());
        selection.selectPage();
        assertEquals(List.of(1L, 6L, 7L), selection.selected());
        selection.next(pages);
        assertEquals(List.of("7:DARK:3", "7:DARK:0"), asked.subList(asked.size() - 2, asked.size()),
                "next keeps the (stripped) filter and, past the end, shows the last page");
    }

    @Test
    void nextOnTheLastPageShowsTheLastPageThereIs() throws Exception {
        selection.list(7, pages);
        selection.next(pages);
        selection.next(pages);
        assertEquals(List.of(7L), shownIds());

        selection.next(pages);

        assertEquals(3, selection.page());
        assertEquals(List.of(7L), shownIds());
        assertFalse(selection.hasMore());
    }

    @Test
    void selectPageAddsThePageAndClearEmptiesEverything() throws Exception {
        selection.list(7, pages);
        selection.selectPage();
        assertEquals(3, selection.selectedCount());
        assertEquals(List.of(1L, 2L, 3L), selection.boxes());

        selection.clear();

        assertEquals(0, selection.selectedCount());
        assertEquals(List.of(), selection.boxes());
        assertEquals(List.of(), selection.selected());
    }

    @Test
    void anotherInvestigationIsANewSelection() throws Exception {
        selection.list(7, pages);
        selection.selectPage();

        selection.list(8, pages);

        assertEquals(List.of(), selection.selected());
        assertEquals(List.of(), shownIds());
        assertEquals(1, selection.pageCount());
    }

    @Test
    void aCatalogueFailureLeavesThePageAndTheSelectionAsTheyWere() throws Exception {
        selection.list(7, pages);
        selection.setBoxes(List.of(2L));
        down = true;

        assertThrows(IcatException.class, () -> selection.next(pages));

        assertEquals(1, selection.page());
        assertEquals(List.of(1L, 2L, 3L), shownIds());
        assertEquals(List.of(2L), selection.selected());
    }

    @Test
    void nothingListedNothingToMove() {
        assertFalse(selection.isListed());
        assertThrows(IllegalStateException.class, () -> selection.next(pages));
    }
}
