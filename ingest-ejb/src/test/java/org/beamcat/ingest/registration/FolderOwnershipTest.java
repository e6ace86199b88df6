package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FolderOwnershipTest {

    private static final long MA4321 = 1;
    private static final long ES1234 = 2;
    private static final Path ROOT = Path.of("/data");
    private static final List<FolderLayout> LAYOUTS = List.of(FolderLayout.parse("visitor/{proposal}/{beamline}/**"),
            FolderLayout.parse("{beamline}/{proposal}/**"));

    private final InMemoryRegistrationCatalogue registry = new InMemoryRegistrationCatalogue()
            .dataset(10, "cement_0001", "id16a/ES-1234/cement/cement_0001", ES1234, "ES-1234")
            .dataset(11, "old", "visitor/ma4321/id11/shared", ES1234, "ES-1234")
            .dataset(12, "legacy", "/data/visitor/ma4321/id11/abs/abs_0001", ES1234, "ES-1234")
            .dataset(13, "mine", "visitor/ma4321/id11/mine/mine_0001", MA4321, "MA-4321");
    private final FolderOwnership ownership = new FolderOwnership(LAYOUTS, registry, ROOT);

    @Test
    void anotherProposalsFolderIsRefusedByTheLayout() {
        RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                () -> ownership.check("MA-4321", "ID11", MA4321, "id16a/ES-1234/cement/cement_0001"));
        assertTrue(refused.getMessage().contains("does not match a folder layout of proposal MA-4321 on beamline ID11"),
                refused.getMessage());
        assertEquals(0, registry.folderQuestions, "the layout is checked without the catalogue");
    }

    @Test
    void aFolderOfAnotherInvestigationIsRefusedWhetherTheSameAParentOrInside() {
        for (String folder : List.of("visitor/ma4321/id11/shared", "visitor/ma4321/id11/shared/s_0001",
                "visitor/ma4321/id11/abs/abs_0001", "visitor/ma4321/id11/abs")) {
            RegistrationRejected refused = assertThrows(RegistrationRejected.class,
                    () -> ownership.check("MA-4321", "ID11", MA4321, folder), folder);
            assertTrue(refused.getMessage().contains("already registered to investigation ES-1234"),
                    refused.getMessage());
        }
    }

    @Test
    void theInvestigationsOwnFoldersAndNewFoldersPassWithOneCatalogueCall() {
        assertDoesNotThrow(() -> ownership.check("MA-4321", "ID11", MA4321, "visitor/ma4321/id11/mine/mine_0001"));
        assertDoesNotThrow(() -> ownership.check("MA-4321", "ID11", MA4321, "visitor/ma4321/id11/new/a/b/c/new_0001"));
        assertEquals(2, registry.folderQuestions);
    }

    @Test
    void aSimilarNameIsNotAParent() {
        registry.dataset(14, "x", "visitor/ma4321/id11/s_0", ES1234, "ES-1234");
        assertDoesNotThrow(() -> ownership.check("MA-4321", "ID11", MA4321, "visitor/ma4321/id11/s_01"));
    }

    @Test
    void foldersAndTheirParents() {
        assertEquals(List.of("a/b/c", "a/b", "a"), FolderOwnership.selfAndParents("a/b/c"));
    }
}
