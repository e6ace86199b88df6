package org.beamcat.icat.server.searchengine.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** The entity ids of every document a query matches, from doc values (no stored fields read). */
final class IdCollector extends SimpleCollector {

    private final int max;
    private long[] ids = new long[64];
    private int size;
    private boolean overflow;
    private NumericDocValues values;

    private IdCollector(int max) {
        this.max = max;
    }

    /** The ids, or null when more than {@code max} documents match. */
    static long[] collect(IndexSearcher searcher, Query query, int max) throws IOException {
        IdCollector collector = new IdCollector(max);
        searcher.search(query, collector);
        return collector.overflow ? null : Arrays.copyOf(collector.ids, collector.size);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        if (overflow) {
            throw new CollectionTerminatedException();
        }
        values = DocValues.getNumeric(context.reader(), LuceneFields.ID);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (size == max) {
            overflow = true;
            throw new CollectionTerminatedException();
        }
        if (values.advanceExact(doc)) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, Math.min(Integer.MAX_VALUE - 8, ids.length * 2));
            }
            ids[size++] = values.longValue();
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
