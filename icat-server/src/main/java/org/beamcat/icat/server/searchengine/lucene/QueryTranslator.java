package org.beamcat.icat.server.searchengine.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.beamcat.icat.server.searchengine.Units;

/**
 * A {@link SearchQuery} as Lucene queries: the free text (scored) and the conditions (filters, unscored), without
 * the caller's READ restriction or the 4.7 {@code user} condition on datasets and datafiles, which the engine adds
 * from other searches. Every field a query names is checked against {@link DocumentFields}: an unknown one is
 * BAD_PARAMETER, as is free text Lucene cannot parse.
 */
final class QueryTranslator {

    private static final int MAX_CLAUSES = 1_024;

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query without the caller's restriction: kind, text, terms, ranges, parameters, samples, userFullName. */
    Query translate(SearchQuery query) throws IcatServerException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new TermQuery(new Term(LuceneFields.KIND, query.target().icatName())), BooleanClause.Occur.FILTER);
        if (query.text() != null && !query.text().isBlank()) {
            all.add(freeText(query.text()), BooleanClause.Occur.MUST);
        }
        for (SearchQuery.TermFilter filter : query.terms()) {
            requireText(filter.field());
            List<BytesRef> values = filter.values().stream().map(BytesRef::new).toList();
            all.add(new TermInSetQuery(LuceneFields.exact(filter.field()), values), BooleanClause.Occur.FILTER);
        }
        for (SearchQuery.RangeFilter range : query.ranges()) {
            all.add(range(range), BooleanClause.Occur.FILTER);
        }
        for (SearchQuery.ParameterFilter parameter : query.parameters()) {
            all.add(parameter(parameter), BooleanClause.Occur.FILTER);
        }
        for (String sample : query.samples()) {
            all.add(parse(DocumentFields.SAMPLE, sample), BooleanClause.Occur.FILTER);
        }
        if (query.userFullName() != null && !query.userFullName().isBlank()) {
            all.add(parse(DocumentFields.USER_FULL_NAME, query.userFullName()), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** Investigations where {@code user} is a member (the 4.7 {@code user} condition). */
    static Query member(String user) {
        return new TermQuery(new Term(LuceneFields.exact(DocumentFields.USER_NAME), user));
    }

    Query freeText(String text) throws IcatServerException {
        String[] fields = DocumentFields.TEXTS.stream().sorted().toArray(String[]::new);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer);
        parser.setAllowLeadingWildcard(false);
        return parse(parser, text);
    }

    private Query parse(String field, String text) throws IcatServerException {
        return parse(new QueryParser(field, analyzer), text);
    }

    private static Query parse(QueryParser parser, String text) throws IcatServerException {
        try {
            Query parsed = parser.parse(text);
            return parsed == null ? new MatchAllDocsQuery() : parsed;
        } catch (ParseException e) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "text is not a valid search: "
                    + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // TooManyClauses and friends: the text expands beyond what one search may hold.
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "text is not a valid search: "
                    + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static Query range(SearchQuery.RangeFilter range) throws IcatServerException {
        if (DocumentFields.DATES.contains(range.field())) {
            long lower = range.lower() == null ? Long.MIN_VALUE : range.lower().longValue();
            long upper = range.upper() == null ? Long.MAX_VALUE : range.upper().longValue();
            return LongPoint.newRangeQuery(range.field(), lower, upper);
        }
        if (DocumentFields.NUMBERS.contains(range.field())) {
            double lower = range.lower() == null ? Double.NEGATIVE_INFINITY : range.lower();
            double upper = range.upper() == null ? Double.POSITIVE_INFINITY : range.upper();
            return DoublePoint.newRangeQuery(range.field(), lower, upper);
        }
        throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "'" + range.field()
                + "' is not a date or number field");
    }

    static Query parameter(SearchQuery.ParameterFilter parameter) throws IcatServerException {
        if (parameter.stringValue() != null) {
            return new TermQuery(new Term(LuceneFields.parameterString(parameter.name()), parameter.stringValue()));
        }
        if (parameter.lowerNumber() != null || parameter.upperNumber() != null) {
            Units.Conversion conversion = Units.of(parameter.units());
            double lower = parameter.lowerNumber() == null ? Double.NEGATIVE_INFINITY
                    : conversion.toReference(parameter.lowerNumber());
            double upper = parameter.upperNumber() == null ? Double.POSITIVE_INFINITY
                    : conversion.toReference(parameter.upperNumber());
            if (lower > upper) { // a negative factor never occurs, but keep the range well-formed
                double swap = lower;
                lower = upper;
                upper = swap;
            }
            return DoublePoint.newRangeQuery(LuceneFields.parameterNumber(parameter.name(), conversion.dimension()),
                    lower, upper);
        }
        if (parameter.lowerDate() != null || parameter.upperDate() != null) {
            long lower = parameter.lowerDate() == null ? Long.MIN_VALUE : parameter.lowerDate().toEpochMilli();
            long upper = parameter.upperDate() == null ? Long.MAX_VALUE : parameter.upperDate().toEpochMilli();
            return LongPoint.newRangeQuery(LuceneFields.parameterDate(parameter.name()), lower, upper);
        }
        throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "parameter " + parameter.name()
                + " needs a string value, a numeric range or a date range");
    }

    /** The sort keys, then the entity id so that every hit has a distinct position (search-after needs it). */
    static org.apache.lucene.search.Sort sort(SearchQuery query) throws IcatServerException {
        List<SortField> fields = new ArrayList<>();
        if (query.sort().isEmpty()) {
            fields.add(SortField.FIELD_SCORE);
        }
        for (SearchQuery.SortKey key : query.sort()) {
            fields.add(sortField(key));
        }
        fields.add(new SortField(LuceneFields.ID, SortField.Type.LONG));
        return new org.apache.lucene.search.Sort(fields.toArray(SortField[]::new));
    }

    private static SortField sortField(SearchQuery.SortKey key) throws IcatServerException {
        if (SearchQuery.SortKey.SCORE.equals(key.field())) {
            return new SortField(null, SortField.Type.SCORE, key.descending());
        }
        if (DocumentFields.DATES.contains(key.field())) {
            return new SortedNumericSortField(key.field(), SortField.Type.LONG, key.descending());
        }
        if (DocumentFields.NUMBERS.contains(key.field())) {
            return new SortedNumericSortField(key.field(), SortField.Type.DOUBLE, key.descending());
        }
        requireText(key.field());
        SortedSetSortField field = new SortedSetSortField(LuceneFields.exact(key.field()), key.descending());
        field.setMissingValue(key.descending() ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return field;
    }

    static void requireText(String field) throws IcatServerException {
        if (!DocumentFields.TEXTS.contains(field)) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "'" + field + "' is not a text field");
        }
    }

    static int maxClauses() {
        return MAX_CLAUSES;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
