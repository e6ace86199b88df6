package org.beamcat.icat.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Walks a search in pages of {@code LIMIT offset, pageSize}; fetches the next page only when needed. */
final class PagedSearch implements Iterator<JsonValue> {

    private static final Pattern HAS_LIMIT = Pattern.compile("(?i)\\bLIMIT\\s+\\d");

    private final IcatClient client;
    private final String sessionId;
    private final String query;
    private final int pageSize;
    private final Deque<JsonValue> page = new ArrayDeque<>();
    private long offset;
    private boolean exhausted;

    PagedSearch(IcatClient client, String sessionId, String query, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        if (HAS_LIMIT.matcher(query).find()) {
            throw new IllegalArgumentException("the query has a LIMIT already; searchAll adds its own");
        }
        this.client = client;
        this.sessionId = sessionId;
        this.query = query;
        this.pageSize = pageSize;
    }

    Stream<JsonValue> stream() throws IcatException {
        fetchIfNeeded(); // the first page's errors surface here, as a checked exception
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }

    static String pageQuery(String query, long offset, int pageSize) {
        return query + " LIMIT " + offset + ", " + pageSize;
    }

    @Override
    public boolean hasNext() {
        try {
            fetchIfNeeded();
        } catch (IcatException e) {
            throw new IcatPagingException(e);
        }
        return !page.isEmpty();
    }

    @Override
    public JsonValue next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.removeFirst();
    }

    private void fetchIfNeeded() throws IcatException {
        if (!page.isEmpty() || exhausted) {
            return;
        }
        JsonArray rows = client.search(sessionId, pageQuery(query, offset, pageSize));
        rows.forEach(page::addLast);
        offset += rows.size();
        exhausted = rows.size() < pageSize;
    }
}
