package org.beamcat.icat.server.searchengine.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.util.BytesRef;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.SearchCursor;

/** Search-after cursors to and from Lucene's {@link FieldDoc}: the sort values only (the id makes them unique). */
final class Cursors {

    private Cursors() {
    }

    static SearchCursor of(FieldDoc last) {
        List<Object> values = new ArrayList<>();
        for (Object value : last.fields) {
            values.add(value instanceof BytesRef bytes ? bytes.utf8ToString() : value);
        }
        return new SearchCursor(values);
    }

    static FieldDoc toFieldDoc(SearchCursor cursor, Sort sort) throws IcatServerException {
        SortField[] fields = sort.getSort();
        if (cursor.values().size() != fields.length) {
            throw bad("has " + cursor.values().size() + " values where the sort has " + fields.length);
        }
        Object[] values = new Object[fields.length];
        float score = Float.NaN;
        for (int i = 0; i < fields.length; i++) {
            Object value = cursor.values().get(i);
            SortField field = fields[i];
            if (field instanceof SortedSetSortField) {
                values[i] = value == null ? null : new BytesRef(value.toString());
                continue;
            }
            SortField.Type type = field instanceof SortedNumericSortField numeric ? numeric.getNumericType()
                    : field.getType();
            if (!(value instanceof Number number)) {
                throw bad("value " + i + " is not a number");
            }
            switch (type) {
                case SCORE -> {
                    values[i] = number.floatValue();
                    score = number.floatValue();
                }
                case LONG -> values[i] = number.longValue();
                case DOUBLE -> values[i] = number.doubleValue();
                default -> throw bad("value " + i + " cannot be read");
            }
        }
        return new FieldDoc(0, score, values);
    }

    private static IcatServerException bad(String what) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, "search_after " + what);
    }
}
