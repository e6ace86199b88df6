package org.beamcat.icat.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {

    @Test
    void aSearchWaitsForASlotOnlyWithinItsDeadline() throws Exception {
        SearchSlots slots = new SearchSlots(1);
        try (SearchSlots.Slot held = slots.acquire(SearchDeadline.startingNow(5))) {
            long start = System.nanoTime();
            IcatServerException refused = assertThrows(IcatServerException.class,
                    () -> slots.acquire(SearchDeadline.startingNow(1)));
            assertEquals(IcatErrorType.BAD_PARAMETER, refused.type());
            assertTrue(refused.getMessage().contains("beamcat.icat.max-search-seconds"), refused.getMessage());
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(Duration.ofMillis(900)) > 0 && waited.compareTo(Duration.ofSeconds(3)) < 0,
                    "waited " + waited);
        }
        try (SearchSlots.Slot again = slots.acquire(SearchDeadline.startingNow(1))) {
            // the slot given back is free again
        }
    }

    @Test
    void theTimeoutHintIsWhatIsLeftRoundedUpToWholeSeconds() throws Exception {
        assertEquals(5_000, SearchDeadline.startingNow(5).hints().get(SearchDeadline.TIMEOUT_HINT));
        assertTrue(SearchDeadline.none().hints().isEmpty());
    }
}
