package org.beamcat.icat.server.searchengine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CatalogueAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Analyzer analyzer = new CatalogueAnalyzer(true); TokenStream stream = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens.stream().sorted().toList();
    }

    @Test
    void proposalNumberIsKeptWholeAndSplitIntoParts() throws IOException {
        assertEquals(List.of("4321", "ma", "ma-4321"), tokens("MA-4321"));
    }

    @Test
    void datasetNameIsKeptWholeAndSplitIntoParts() throws IOException {
        assertEquals(List.of("0001", "samplea", "samplea_0001"), tokens("sampleA_0001"));
    }

    @Test
    void sentencesSplitOnSpacesAndPunctuationAndFoldAccents() throws IOException {
        assertEquals(List.of("beam", "creme", "damage", "radiation"), tokens("Crème (radiation) beam, damage"));
    }

    @Test
    void pathsAreFoundByTheirFolders() throws IOException {
        List<String> tokens = tokens("/data/visitor/ma4321/id11");
        assertEquals(true, tokens.containsAll(List.of("data", "visitor", "ma4321", "id11")), tokens.toString());
    }
}
