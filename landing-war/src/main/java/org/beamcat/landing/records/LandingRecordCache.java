package org.beamcat.landing.records;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;

/**
 * A small cache of what landing pages show: per DOI its {@link LandingRecord} and the pages of its datasets
 * that were viewed, so repeated visits do not ask the catalogue, on Caffeine. Bounded: at most {@code maxDois}
 * DOIs (Caffeine's size eviction: the DOIs viewed least often and least recently leave first) and {@link #MAX_PAGES} dataset pages each. An entry lives for the time
 * to live, but never past the start of the day its embargo ends (UTC), so the page offers the download on
 * that day. {@link #forget(Doi)} (withdrawal) and {@link #forgetAll()} (embargo opening) take effect at
 * once, also against a lookup that was running meanwhile: its result is not kept. Unknown DOIs and failed
 * lookups are never kept.
 */
public final class LandingRecordCache {

    /** Dataset pages kept per DOI; further pages are read each time. */
    public static final int MAX_PAGES = 20;

    /** A catalogue lookup. */
    public interface Lookup<T> {
        T load() throws IcatException;
    }

    private record Entry(LandingRecord record, Instant expires, Map<Integer, DatasetPage> pages) {
    }

    private final Duration timeToLive;
    private final Clock clock;
    private final Cache<Doi, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long generation;

    public LandingRecordCache(Duration timeToLive, int maxDois, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        // Caffeine: bounded (W-TinyLFU eviction), each entry expiring at its own instant, on the given clock;
        // maintenance on the calling thread, so no pool thread of the server's is borrowed.
        this.entries = Caffeine.newBuilder().maximumSize(maxDois).executor(Runnable::run)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new AtOwnInstant())
                .build();
    }

    /** The record of this DOI, from the cache while it is fresh, else from {@code lookup} (and kept). */
    public Optional<LandingRecord> record(Doi doi, Lookup<Optional<LandingRecord>> lookup) throws IcatException {
        long before;
        synchronized (this) {
            Entry entry = fresh(doi);
            if (entry != null) {
                hits.incrementAndGet();
                return Optional.of(entry.record());
            }
            before = generation;
        }
        misses.incrementAndGet();
        Optional<LandingRecord> loaded = lookup.load();
        if (loaded.isPresent() && !timeToLive.isZero()) {
            synchronized (this) {
                if (generation == before) {
                    entries.put(doi, new Entry(loaded.get(), expiry(loaded.get()), new ConcurrentHashMap<>()));
                }
            }
        }
        return loaded;
    }

    /** One page of the datasets behind a record this cache gave out, cached with it. */
    public DatasetPage datasets(LandingRecord record, int page, Lookup<DatasetPage> lookup) throws IcatException {
        Entry entry;
        synchronized (this) {
            entry = fresh(record.metadata().doi());
            if (entry != null && entry.record() != record) {
                entry = null;
            }
        }
        if (entry != null) {
            DatasetPage cached = entry.pages().get(page);
            if (cached != null) {
                hits.incrementAndGet();
                return cached;
            }
        }
        misses.incrementAndGet();
        DatasetPage loaded = lookup.load();
        if (entry != null && entry.pages().size() < MAX_PAGES) {
            entry.pages().put(page, loaded);
        }
        return loaded;
    }

    /** Forgets one DOI at once (it was withdrawn or changed). */
    public synchronized void forget(Doi doi) {
        generation++;
        entries.invalidate(doi);
    }

    /** Forgets everything at once (embargoes were opened). */
    public synchronized void forgetAll() {
        generation++;
        entries.invalidateAll();
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public synchronized int size() {
        entries.cleanUp();
        return (int) entries.estimatedSize();
    }

    private Entry fresh(Doi doi) {
        Entry entry = entries.getIfPresent(doi);
        // Caffeine's clock is in milliseconds here; the expiry instant itself decides to the nanosecond.
        return entry != null && clock.instant().isBefore(entry.expires()) ? entry : null;
    }

    /** An entry expires at the instant computed when it was kept; reading it does not extend it. */
    private final class AtOwnInstant implements Expiry<Doi, Entry> {

        @Override
        public long expireAfterCreate(Doi doi, Entry entry, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), entry.expires()).toNanos());
        }

        @Override
        public long expireAfterUpdate(Doi doi, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(doi, entry, currentTime);
        }

        @Override
        public long expireAfterRead(Doi doi, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    private Instant expiry(LandingRecord record) {
        Instant now = clock.instant();
        Instant expires = now.plus(timeToLive);
        Optional<LocalDate> end = record.embargoEnd();
        if (end.isPresent()) {
            Instant opens = end.get().atStartOfDay(ZoneOffset.UTC).toInstant();
            if (opens.isAfter(now) && opens.isBefore(expires)) {
                expires = opens;
            }
        }
        return expires;
    }
}
