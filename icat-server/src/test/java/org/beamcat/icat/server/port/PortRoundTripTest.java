package org.beamcat.icat.server.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import, export and import again on H2, through the same code PortService runs; every failure names its line. */
class PortRoundTripTest {

    private CatalogueDatabase db;
    private H2Port port;

    @BeforeEach
    void open() {
        db = CatalogueDatabase.h2();
        port = new H2Port(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importsADumpAndExportsItSoThatAnotherCatalogueGetsTheSameRows() throws Exception {
        assertEquals(14, port.load(small(), DuplicateAction.THROW, false));
        String dump = port.export(false);
        assertTrue(dump.startsWith("# ICAT Export file written by simple/root\n1.0\n"), dump);
        assertTrue(dump.contains("\nFacility(daysUntilRelease:0,description:1,fullName:2,name:3,url:4)\n"
                + "90,null,null,\"ESRF\",null\n"), dump);
        assertTrue(dump.contains("\nDataCollection(?:0,doi:1)\n"), dump);
        assertTrue(dump.contains("\"Iron \\\"oxide\\\"\\tstudy \\\\ done\""), dump);
        assertTrue(dump.contains("2024-03-01T10:15:00.500Z"), dump);
        assertEquals(2, count("Dataset"));
        assertEquals(1L, single("SELECT COUNT(f) FROM Datafile f WHERE f.fileSize IS NULL"));
        assertEquals(2L, single("SELECT COUNT(c) FROM DataCollectionDatafile c WHERE c.datafile.dataset.name = 'scan1'"));

        try (CatalogueDatabase other = CatalogueDatabase.h2()) {
            H2Port second = new H2Port(other);
            assertEquals(14, second.load(dump, DuplicateAction.THROW, false));
            assertEquals(withoutHandles(dump), withoutHandles(second.export(false)));
        }
    }

    @Test
    void attributesAllKeepsTheDumpsCreatorsAndTimesUserIgnoresThem() throws Exception {
        port.load(small(), DuplicateAction.THROW, false);
        String all = port.export(true);
        assertTrue(all.contains("\nFacility(createId:0,createTime:1,modId:2,modTime:3,daysUntilRelease:4,"), all);
        String forged = all.replace("\"simple/root\"", "\"db/archivist\"");
        try (CatalogueDatabase other = CatalogueDatabase.h2()) {
            H2Port second = new H2Port(other);
            second.load(forged, DuplicateAction.THROW, true);
            assertEquals(0L, second.single("SELECT COUNT(d) FROM Dataset d WHERE d.createId <> 'db/archivist'"));
        }
        try (CatalogueDatabase other = CatalogueDatabase.h2()) {
            H2Port second = new H2Port(other);
            second.load(forged, DuplicateAction.THROW, false);
            assertEquals(0L, second.single("SELECT COUNT(d) FROM Dataset d WHERE d.createId <> 'simple/root'"));
        }
        IcatServerException e = assertThrows(IcatServerException.class,
                () -> port.load(new Caller("simple/alice", false), all, DuplicateAction.THROW, true));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, e.type());
    }

    @Test
    void duplicatesAreThrownIgnoredCheckedOrOverwritten() throws Exception {
        port.load(small(), DuplicateAction.THROW, false);
        IcatServerException thrown = assertThrows(IcatServerException.class,
                () -> port.load(small(), DuplicateAction.THROW, false));
        assertEquals(IcatErrorType.OBJECT_ALREADY_EXISTS, thrown.type());
        assertEquals(5, thrown.offset(), thrown.getMessage());
        assertTrue(thrown.getMessage().endsWith(" at line 5"), thrown.getMessage());

        port.load(small(), DuplicateAction.IGNORE, false);
        assertEquals(2, count("Dataset"));
        assertEquals(4, count("DataCollection"), "rows without a unique key are never duplicates");

        port.load(small(), DuplicateAction.CHECK, false);
        String changed = small().replace("\"ESRF\", \"MA-1\", \"id11\", \"scan2\", \"raw\", false",
                "\"ESRF\", \"MA-1\", \"id11\", \"scan2\", \"raw\", true");
        IcatServerException checked = assertThrows(IcatServerException.class,
                () -> port.load(changed, DuplicateAction.CHECK, false));
        assertEquals(IcatErrorType.VALIDATION, checked.type());
        assertEquals("Duplicate check fails for field complete of Dataset at line 21", checked.getMessage());
        assertEquals(21, checked.offset());

        port.load(changed, DuplicateAction.OVERWRITE, false);
        assertEquals(2L, single("SELECT COUNT(d) FROM Dataset d WHERE d.complete = TRUE"));
        assertEquals(2, count("Dataset"));
    }

    @Test
    void hostileDumpsAreRefusedWithTheirLine() {
        refused("", IcatErrorType.VALIDATION, "No version of file encountered", 0);
        refused("# c\n2.0\n", IcatErrorType.VALIDATION, "Version of file must be 1.0 at line 2", 2);
        refused("1.0\n\nSpaceship(name:0)\n\"x\"\n", IcatErrorType.BAD_PARAMETER,
                "Spaceship is not an ICAT entity at line 3", 3);
        refused("1.0\n\nFacility(name:0, colour:1)\n", IcatErrorType.BAD_PARAMETER,
                "colour is not a field of Facility at line 3", 3);
        refused("1.0\n\nFacility(name:0\n", IcatErrorType.BAD_PARAMETER,
                "Header ends where a field name was expected at line 3", 3);
        refused("1.0\nFacility(name:0)\n\"F\"\n\nDatasetType(facility(name:0), name:1)\n\"G\", \"raw\"\n",
                IcatErrorType.NO_SUCH_OBJECT_FOUND, "No Facility with name = \"G\" for facility at line 6", 6);
        refused("1.0\nFacility(name:0)\n\"trunc\n", IcatErrorType.BAD_PARAMETER,
                "Unterminated string starting \"trunc\" at line 3", 3);
        refused("1.0\nFacility(name:0, daysUntilRelease:1)\n\"F\"\n", IcatErrorType.BAD_PARAMETER,
                "The line has 1 values but the header of Facility names 2 columns at line 3", 3);
        refused("1.0\nFacility(name:0, daysUntilRelease:1)\n\"F\", \"ninety\"\n", IcatErrorType.BAD_PARAMETER,
                "Expected an integer for Facility.daysUntilRelease but found \"ninety\" at line 3", 3);
        refused("1.0\nDataCollectionDataset(dataCollection(?:0), dataset(investigation(facility(name:1), name:2,"
                + " visitId:3), name:4))\n\"nope\", \"F\", \"I\", \"V\", \"D\"\n", IcatErrorType.BAD_PARAMETER,
                "Handle \"nope\" of DataCollection is not defined by an earlier line at line 3", 3);
        refused("1.0\nFacility(name:0)\n\"F\" \"G\"\n", IcatErrorType.BAD_PARAMETER,
                "Missing ',' before \"G\" at line 3", 3);
        refused("1.0\nFacility(name:0)\n\"F\", 2014-13-99T99\n", IcatErrorType.BAD_PARAMETER,
                "\"2014-13-99T99\" is neither a number nor a timestamp of the form 2014-05-16T06:05:26.12Z at line 3",
                3);
        refused("1.0\nFacility(fullName:0)\n\"F\"\n", IcatErrorType.VALIDATION,
                "Facility: name cannot be null. at line 3", 3);
    }

    private void refused(String dump, IcatErrorType type, String message, int line) {
        IcatServerException e = assertThrows(IcatServerException.class,
                () -> port.load(dump, DuplicateAction.THROW, false), dump);
        assertEquals(type, e.type(), e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(line, e.offset());
    }

    /** Handles are ids, which two catalogues number as they like. */
    private static String withoutHandles(String dump) {
        return String.join("\n", Arrays.stream(dump.split("\n")).skip(1)
                .map(line -> line.replaceAll("^\"\\d+\"", "\"h\"").replaceAll(",\"\\d+\"$", ",\"h\""))
                .toList());
    }

    private long count(String entity) {
        return (Long) single("SELECT COUNT(x) FROM " + entity + " x");
    }

    private Object single(String jpql) {
        return port.single(jpql);
    }

    static String small() throws Exception {
        try (InputStream in = PortRoundTripTest.class.getResourceAsStream("/port/small.port")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
