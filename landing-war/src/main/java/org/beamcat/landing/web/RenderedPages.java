package org.beamcat.landing.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.beamcat.landing.doi.Doi;

/**
 * The HTML of landing pages as Faces rendered it, served again without rendering while it still shows
 * what the record cache serves: an entry is used only for the very record and dataset-page objects it was
 * rendered from, on the same UTC day. So it needs no invalidation of its own: a withdrawal, an embargo
 * opening or an expiry makes the record cache load new objects, and the old HTML is never used again.
 * Bounded, on Caffeine: the pages served least often and least recently leave first (W-TinyLFU).
 */
public final class RenderedPages {

    /** What the page answered: status (200, or 410 for a tombstone), content type and body. */
    public record Page(int status, String contentType, byte[] body) {
    }

    private record Key(Doi doi, int page) {
    }

    private record Entry(Object record, Object datasets, LocalDate day, Page page) {
    }

    private final Cache<Key, Entry> entries;
    private final AtomicLong hits = new AtomicLong();

    public RenderedPages(int maxPages) {
        // Maintenance (eviction) on the calling thread: no pool thread of the server's is borrowed.
        this.entries = Caffeine.newBuilder().maximumSize(maxPages).executor(Runnable::run).build();
    }

    /** The page rendered from exactly these objects today, if it is kept. */
    public Optional<Page> find(Doi doi, int page, Object record, Object datasets, LocalDate day) {
        Entry entry = entries.getIfPresent(new Key(doi, page));
        if (entry == null || entry.record() != record || entry.datasets() != datasets || !entry.day().equals(day)) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(entry.page());
    }

    public void keep(Doi doi, int page, Object record, Object datasets, LocalDate day, Page rendered) {
        entries.put(new Key(doi, page), new Entry(record, datasets, day, rendered));
    }

    /** Pages served without rendering, since start. */
    public long hits() {
        return hits.get();
    }

    int size() {
        entries.cleanUp();
        return (int) entries.estimatedSize();
    }
}
