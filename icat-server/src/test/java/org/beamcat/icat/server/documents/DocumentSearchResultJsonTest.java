package org.beamcat.icat.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSearchResultJsonTest {

    private static final DocumentSearchResult.FacetDimension FORMATS = new DocumentSearchResult.FacetDimension(
            "Datafile", "datafileFormat.name", List.of(new DocumentSearchResult.FacetLabel("edf", 3, null, null)));
    private static final DocumentSearchResult.FacetDimension SIZES = new DocumentSearchResult.FacetDimension(
            "Datafile", "fileSize", List.of(new DocumentSearchResult.FacetLabel("small", 2, null, 1024.0)));

    @Test
    void searchAnswerInIcatServersShape() {
        DocumentSearchResult result = new DocumentSearchResult(Json.createArrayBuilder().add(0.5).add(7).build(),
                List.of(new DocumentSearchResult.Hit(7, 0.5f, Json.createObjectBuilder().add("name", "f1").build()),
                        new DocumentSearchResult.Hit(8, Float.NaN, Json.createObjectBuilder().build())),
                List.of(FORMATS, SIZES), 42);
        assertEquals("{\"search_after\":[0.5,7],\"dimensions\":{\"Datafile.datafileFormat.name\":{\"edf\":3},"
                + "\"Datafile.fileSize\":{\"small\":2}},\"total\":42,\"results\":[{\"id\":7,\"score\":0.5,\"source\":{\"name\":\"f1\"}},"
                + "{\"id\":8,\"source\":{}}]}", DocumentSearchResultJson.searchAnswer(result));
    }

    @Test
    void lastPageHasNoCursorAndNoDimensionsWhenNoneAsked() {
        assertEquals("{\"total\":0,\"results\":[]}", DocumentSearchResultJson.searchAnswer(
                new DocumentSearchResult(null, List.of(), List.of(), 0)));
        assertEquals("{}", DocumentSearchResultJson.facetAnswer(new DocumentSearchResult(null, List.of(), List.of(), 0)));
    }

    @Test
    void facetAnswerGivesRangeBounds() {
        assertEquals("{\"dimensions\":{\"Datafile.datafileFormat.name\":{\"edf\":3},"
                + "\"Datafile.fileSize\":{\"small\":{\"to\":1024.0,\"count\":2}}}}",
                DocumentSearchResultJson.facetAnswer(new DocumentSearchResult(null, List.of(), List.of(FORMATS, SIZES), 0)));
    }
}
