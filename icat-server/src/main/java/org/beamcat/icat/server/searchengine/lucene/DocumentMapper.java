package org.beamcat.icat.server.searchengine.lucene;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.beamcat.icat.server.searchengine.ParameterValue;
import org.beamcat.icat.server.searchengine.SearchDocument;
import org.beamcat.icat.server.searchengine.Units;

/**
 * A {@link SearchDocument} as a Lucene document: text analysed (free text) and whole (filters, term facets, sort),
 * dates as long points with doc values (ranges, range facets, sort), numbers as double points, parameters typed, and
 * the ids the readable filter and cascading deletes need.
 */
final class DocumentMapper {

    /** Longest whole value kept for exact filters, facets and sort (Lucene refuses terms over 32 kB). */
    private static final int MAX_EXACT_LENGTH = 1_000;

    private DocumentMapper() {
    }

    static Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(LuceneFields.KEY, LuceneFields.key(source.kind(), source.id()), Field.Store.NO));
        doc.add(new StringField(LuceneFields.KIND, source.kind().icatName(), Field.Store.NO));
        doc.add(new LongPoint(LuceneFields.ID, source.id()));
        doc.add(new NumericDocValuesField(LuceneFields.ID, source.id()));
        doc.add(new StoredField(LuceneFields.ID, source.id()));
        doc.add(new StringField(LuceneFields.INVESTIGATION, Long.toString(source.investigationId()), Field.Store.NO));
        doc.add(new LongPoint(LuceneFields.INVESTIGATION_ID, source.investigationId()));
        if (source.datasetId() != null) {
            doc.add(new StringField(LuceneFields.DATASET, Long.toString(source.datasetId()), Field.Store.NO));
        }
        for (Map.Entry<String, List<String>> field : source.texts().entrySet()) {
            for (String value : field.getValue()) {
                if (value == null || value.isEmpty()) {
                    continue;
                }
                doc.add(new TextField(field.getKey(), value, Field.Store.YES));
                String whole = value.length() > MAX_EXACT_LENGTH ? value.substring(0, MAX_EXACT_LENGTH) : value;
                doc.add(new StringField(LuceneFields.exact(field.getKey()), whole, Field.Store.NO));
                doc.add(new SortedSetDocValuesField(LuceneFields.exact(field.getKey()), new BytesRef(whole)));
            }
        }
        for (Map.Entry<String, Instant> field : source.dates().entrySet()) {
            long millis = field.getValue().toEpochMilli();
            doc.add(new LongPoint(field.getKey(), millis));
            doc.add(new SortedNumericDocValuesField(field.getKey(), millis));
            doc.add(new StoredField(field.getKey(), field.getValue().toString()));
        }
        for (Map.Entry<String, Double> field : source.numbers().entrySet()) {
            double value = field.getValue();
            doc.add(new DoublePoint(field.getKey(), value));
            doc.add(new SortedNumericDocValuesField(field.getKey(), NumericUtils.doubleToSortableLong(value)));
            doc.add(new StoredField(field.getKey(), formatNumber(value)));
        }
        for (ParameterValue parameter : source.parameters()) {
            addParameter(doc, parameter);
        }
        return doc;
    }

    private static void addParameter(Document doc, ParameterValue parameter) {
        if (parameter.stringValue() != null) {
            String whole = parameter.stringValue().length() > MAX_EXACT_LENGTH
                    ? parameter.stringValue().substring(0, MAX_EXACT_LENGTH) : parameter.stringValue();
            doc.add(new StringField(LuceneFields.parameterString(parameter.name()), whole, Field.Store.NO));
        } else if (parameter.numericValue() != null) {
            Units.Conversion conversion = Units.of(parameter.units());
            doc.add(new DoublePoint(LuceneFields.parameterNumber(parameter.name(), conversion.dimension()),
                    conversion.toReference(parameter.numericValue())));
        } else {
            doc.add(new LongPoint(LuceneFields.parameterDate(parameter.name()), parameter.dateValue().toEpochMilli()));
        }
    }

    static String formatNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
