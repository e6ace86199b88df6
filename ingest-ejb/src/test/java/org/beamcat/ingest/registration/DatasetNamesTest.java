package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetNamesTest {

    private final InMemoryRegistrationCatalogue registry = new InMemoryRegistrationCatalogue()
            .dataset(1, "0001", "visitor/ma4321/id11/s1/0001", 5, "MA-4321")
            .dataset(2, "0002", "visitor/ma4321/id11/s1/0002", 5, "MA-4321")
            .dataset(3, "s2_0002", "visitor/ma4321/id11/s3/s2_0002", 5, "MA-4321")
            .dataset(4, "0003", "visitor/es1234/id11/x/0003", 6, "ES-1234");
    private final DatasetNames names = new DatasetNames(registry);

    @Test
    void aFreeNameIsKept() throws Exception {
        assertEquals("0003", names.choose(5, "0003", "s2", "MA-4321", "visitor/ma4321/id11/s2/0003"), "taken only in another investigation");
    }

    @Test
    void aNameAnotherFolderCarriesGetsTheSampleInFrontInOneCatalogueCall() throws Exception {
        assertEquals("s2_0001", names.choose(5, "0001", "s2", "MA-4321", "visitor/ma4321/id11/s2/0001"));
        assertEquals(1, registry.folderQuestions);
    }

    @Test
    void whenTheDisambiguationIsTakenTooTheMessageIsRefusedWithTheReason() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> names.choose(5, "0002", "s2", "MA-4321", "visitor/ma4321/id11/s2/0002"));
        assertTrue(refused.getMessage().contains("the dataset names 0002 and s2_0002 are taken in MA-4321"),
                refused.getMessage());
    }

    /** A duplicate of the message registered the folder meanwhile: its name is this folder's, not a conflict. */
    @Test
    void theNameOfTheDatasetAtThisVeryFolderIsKept() throws Exception {
        assertEquals("0001", names.choose(5, "0001", "s1", "MA-4321", "visitor/ma4321/id11/s1/0001"));
    }
}
