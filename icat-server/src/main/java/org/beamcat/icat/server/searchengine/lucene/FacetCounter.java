package org.beamcat.icat.server.searchengine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * Counts facets over the documents a query (already restricted to what the caller may read) matches: per whole
 * value of a text field from its sorted-set doc values, per range of a date or number field from its numeric doc
 * values. A document counts once per value and once per range it falls in.
 */
final class FacetCounter extends SimpleCollector {

    private final List<SearchQuery.FacetRequest> requests;
    private final List<Map<String, Long>> valueCounts = new ArrayList<>();
    private final List<long[]> rangeCounts = new ArrayList<>();
    private final SortedSetDocValues[] texts;
    private final SortedNumericDocValues[] numbers;

    FacetCounter(List<SearchQuery.FacetRequest> requests) throws IcatServerException {
        this.requests = requests;
        for (SearchQuery.FacetRequest request : requests) {
            if (request.ranges().isEmpty()) {
                QueryTranslator.requireText(request.field());
            } else if (!DocumentFields.DATES.contains(request.field())
                    && !DocumentFields.NUMBERS.contains(request.field())) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "'" + request.field()
                        + "' is not a date or number field: it cannot have range facets");
            }
            valueCounts.add(new HashMap<>());
            rangeCounts.add(new long[request.ranges().size()]);
        }
        texts = new SortedSetDocValues[requests.size()];
        numbers = new SortedNumericDocValues[requests.size()];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        for (int i = 0; i < requests.size(); i++) {
            SearchQuery.FacetRequest request = requests.get(i);
            if (request.ranges().isEmpty()) {
                texts[i] = DocValues.getSortedSet(context.reader(), LuceneFields.exact(request.field()));
            } else {
                numbers[i] = DocValues.getSortedNumeric(context.reader(), request.field());
            }
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int i = 0; i < requests.size(); i++) {
            if (texts[i] != null && texts[i].advanceExact(doc)) {
                Map<String, Long> counts = valueCounts.get(i);
                for (int n = 0; n < texts[i].docValueCount(); n++) {
                    String value = texts[i].lookupOrd(texts[i].nextOrd()).utf8ToString();
                    counts.merge(value, 1L, Long::sum);
                }
            } else if (numbers[i] != null && numbers[i].advanceExact(doc)) {
                countRanges(i, doc);
            }
        }
    }

    private void countRanges(int i, int doc) throws IOException {
        List<SearchQuery.FacetRange> ranges = requests.get(i).ranges();
        boolean dates = DocumentFields.DATES.contains(requests.get(i).field());
        boolean[] hit = new boolean[ranges.size()];
        for (int n = 0; n < numbers[i].docValueCount(); n++) {
            long raw = numbers[i].nextValue();
            double value = dates ? raw : NumericUtils.sortableLongToDouble(raw);
            for (int r = 0; r < ranges.size(); r++) {
                SearchQuery.FacetRange range = ranges.get(r);
                if ((range.from() == null || value >= range.from()) && (range.to() == null || value < range.to())) {
                    hit[r] = true;
                }
            }
        }
        for (int r = 0; r < hit.length; r++) {
            if (hit[r]) {
                rangeCounts.get(i)[r]++;
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    List<SearchPage.FacetResult> results() {
        List<SearchPage.FacetResult> results = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SearchQuery.FacetRequest request = requests.get(i);
            List<SearchPage.FacetCount> counts = new ArrayList<>();
            if (request.ranges().isEmpty()) {
                valueCounts.get(i).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(Math.max(1, request.limit()))
                        .forEach(e -> counts.add(new SearchPage.FacetCount(e.getKey(), e.getValue())));
            } else {
                for (int r = 0; r < request.ranges().size(); r++) {
                    counts.add(new SearchPage.FacetCount(request.ranges().get(r).label(), rangeCounts.get(i)[r]));
                }
            }
            results.add(new SearchPage.FacetResult(request.field(), counts));
        }
        return results;
    }
}
