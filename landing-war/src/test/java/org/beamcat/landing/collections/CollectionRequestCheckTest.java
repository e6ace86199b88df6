package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionRequestCheckTest {

    private static final Creator ALICE = new Creator("Alice", "Lovelace", "0000-0002-9183-7206", "ESRF");

    private static List<String> fields(CollectionRequest request, List<Creator> rows) {
        return CollectionRequestCheck.problems(request, rows).stream().map(FieldProblem::field).toList();
    }

    private static CollectionRequest request(List<Creator> rows) {
        return new CollectionRequest(Optional.of(7L), List.of(1L, 2L), "Strain maps", "Maps of strain.", rows);
    }

    @Test
    void aCompleteRequestHasNoProblems() {
        assertEquals(List.of(), fields(request(List.of(ALICE)), List.of(ALICE)));
    }

    @Test
    void eachMissingPartIsReportedAgainstItsField() {
        CollectionRequest empty = new CollectionRequest(Optional.empty(), List.of(), " ", "", List.of());
        assertEquals(List.of("investigation", "datasets", "title", "abstract", "creators"), fields(empty, List.of()));
    }

    @Test
    void tooLongTextsAreRefusedWithTheirLength() {
        CollectionRequest longOnes = new CollectionRequest(Optional.of(7L), List.of(1L), "t".repeat(256),
                "a".repeat(4001), List.of(ALICE));
        List<FieldProblem> problems = CollectionRequestCheck.problems(longOnes, List.of(ALICE));
        assertEquals(List.of("title", "abstract"), problems.stream().map(FieldProblem::field).toList());
        assertTrue(problems.get(1).message().contains("4001"), problems.toString());
        assertEquals(List.of(), fields(new CollectionRequest(Optional.of(7L), List.of(1L), "t".repeat(255),
                "a".repeat(4000), List.of(ALICE)), List.of(ALICE)));
    }

    @Test
    void aBadOrcidChecksumIsReportedOnItsRow() {
        Creator typo = new Creator("Bob", "Builder", "0000-0002-9183-7207", "");
        Creator blank = new Creator("", "", "", "");
        List<Creator> rows = List.of(ALICE, blank, typo);
        assertEquals(List.of("creators.2.orcid"), fields(request(rows), rows));
    }

    @Test
    void theOrcidUrlFormIsAcceptedAndStoredBare() {
        Creator url = new Creator("Alice", "Lovelace", "https://orcid.org/0000-0002-9183-7206", "");
        assertEquals(List.of(), fields(request(List.of(url)), List.of(url)));
        assertEquals("0000-0002-9183-7206", url.toJson().getString("orcid"));
    }

    @Test
    void anAuthorNeedsAFamilyName() {
        Creator noFamily = new Creator("Alice", " ", "", "ESRF");
        assertEquals(List.of("creators.0.familyName"), fields(request(List.of(noFamily)), List.of(noFamily)));
    }

    @Test
    void blankRowsAloneAreNoAuthors() {
        Creator blank = new Creator(null, null, null, null);
        assertEquals(List.of("creators"), fields(request(List.of(blank)), List.of(blank)));
    }

    @Test
    void creatorsAreStoredAsTheSharedJsonShape() {
        assertEquals("[{\"name\":\"Lovelace, Alice\",\"familyName\":\"Lovelace\",\"givenName\":\"Alice\","
                + "\"orcid\":\"0000-0002-9183-7206\",\"affiliation\":\"ESRF\"}]",
                CollectionRequestCheck.creatorsJson(List.of(ALICE)));
        var read = CollectionCreators.parse(CollectionRequestCheck.creatorsJson(List.of(ALICE))).get(0);
        assertEquals("Lovelace, Alice", read.name(), "what the form stores, the landing page and DataCite read back");
        assertEquals("https://orcid.org/0000-0002-9183-7206", read.nameIdentifiers().get(0).nameIdentifier());
        assertEquals("ESRF", read.affiliations().get(0).name());
    }

    @Test
    void anAuthorListTooLongToStoreIsRefused() {
        List<Creator> many = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new Creator("Given" + i, "Family" + i, "", "x".repeat(100))).toList();
        assertEquals(List.of("creators"), fields(request(many), many));
    }
}
