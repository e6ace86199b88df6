package org.beamcat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchAnswerTest {

    @Test
    void catalogueAnswerKeepsTotalNonZeroFacetsAndSortedHits() {
        assertEquals("total=2; startDate{2024-H1=2}; type.name{raw=2}; hits=[3, 9]", SearchCommand.icatAnswer(
                "{\"dimensions\":{\"Dataset.type.name\":{\"raw\":2},\"Dataset.startDate\":{\"2024-H1\":2,\"2024-H2\":0}},"
                        + "\"total\":2,\"results\":[{\"id\":9,\"source\":{}},{\"id\":3,\"score\":1.0,\"source\":{}}]}"));
    }

    @Test
    void aTotalBeyondThePageComparesTheCountOfHitsOnly() {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < SearchQuestion.PAGE; i++) {
            results.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"source\":{}}");
        }
        assertEquals("total=70; hits=50 of 70", SearchCommand.icatAnswer("{\"total\":70,\"results\":[" + results + "]}"));
    }

    @Test
    void theIssuesFourQuestionsAndTheDatafileNameQuestionAllWithFacets() {
        var questions = SearchQuestion.all(Scale.QUICK);
        assertEquals(5, questions.size());
        questions.forEach(q -> assertTrue(q.query().containsKey("facets"), q.name()));
        assertTrue(questions.get(2).sqlFor("simple/alice").contains("u.name = 'simple/alice'"));
        assertTrue(questions.get(2).sqlFor(null).indexOf("%MEMBER%") < 0);
    }
}
