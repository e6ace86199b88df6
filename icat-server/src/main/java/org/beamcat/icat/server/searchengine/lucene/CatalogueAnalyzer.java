package org.beamcat.icat.server.searchengine.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Words of catalogue text: split on white space and punctuation that never belongs to a name, then each word kept
 * whole and also split into its parts at {@code - _ . /} and the like, lower-cased and accent-folded. So proposal
 * {@code MA-4321} is found by {@code MA-4321}, {@code ma} and {@code 4321}, and dataset {@code sampleA_0001} by
 * {@code sampleA_0001}, {@code samplea} and {@code 0001}. The same analysis serves indexing and queries.
 */
public final class CatalogueAnalyzer extends Analyzer {

    private static final String SEPARATORS = ",;:()[]{}<>\"'!?=|";

    private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private final boolean forIndexing;

    /** @param forIndexing flatten the token graph, as an index needs (a query keeps the graph) */
    public CatalogueAnalyzer(boolean forIndexing) {
        this.forIndexing = forIndexing;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromSeparatorCharPredicate(
                c -> Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0);
        TokenStream stream = new WordDelimiterGraphFilter(words, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                PARTS, null);
        if (forIndexing) {
            stream = new FlattenGraphFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
