package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.awaitCount;
import static org.beamcat.systemtests.IngestProbe.awaitDataset;
import static org.beamcat.systemtests.IngestProbe.awaitDeadLetter;
import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Investigation messages on icatIngest, sent over JMS as the user portal's synchronisation does: the
 * session is created once (name = proposal, visitId, dates, beamline link), a repeat changes nothing,
 * a rescheduled session gets its new dates, datasets register into it, and a message naming an unknown
 * beamline is dead-lettered with its reason and creates nothing.
 */
class IngestInvestigationIT extends IngestSystemTest {

    private String proposal;

    @BeforeEach
    void newProposal() {
        proposal = "IT-" + unique;
        cleanup.investigation(proposal);
    }

    @Test
    void portalSessionIsCreatedOnceRescheduledAndTakesDatasets() throws Exception {
        String message = investigationXml(proposal, "id15", "7654321", "2026-06-01T08:00:00+02:00",
                "2026-06-03T08:00:00+02:00");
        OpenMqSender.send("icatIngest", message);
        OpenMqSender.send("icatIngest", message);
        awaitCount(count(), 1);
        JsonObject investigation = investigation();
        assertEquals("7654321", investigation.getString("visitId"), investigation.toString());
        assertEquals(instant("2026-06-01T08:00:00+02:00"), instant(investigation, "startDate"), investigation.toString());
        assertEquals(instant("2026-06-03T08:00:00+02:00"), instant(investigation, "endDate"), investigation.toString());
        long id = investigation.getJsonNumber("id").longValue();
        assertEquals(1, ICAT.count("root", "SELECT COUNT(ii) FROM InvestigationInstrument ii WHERE "
                + "ii.investigation.id = " + id + " AND ii.instrument.name = 'ID15'"));

        // the portal moves the session by a day: same investigation, new dates
        OpenMqSender.send("icatIngest", investigationXml(proposal, "ID15", "7654321", "2026-06-02T08:00:00+02:00",
                "2026-06-04T08:00:00+02:00"));
        awaitDate("startDate", "2026-06-02T08:00:00+02:00");
        assertEquals(instant("2026-06-04T08:00:00+02:00"), instant(investigation(), "endDate"));
        assertEquals(1, ICAT.count("root", count()), "rescheduling does not create a second session");

        // a dataset of the session registers into it
        String sample = "inv_" + proposal.substring(3);
        Path folder = Files.createDirectories(dataRoot.resolve("id15").resolve(proposal).resolve(sample)
                .resolve(sample + "_0001"));
        Files.write(folder.resolve("a.dat"), new byte[3]);
        String location = dataRoot.relativize(folder).toString();
        cleanup.dataset(location, sample);
        assertEquals(202, postDataset(datasetXml(proposal, "id15", sample + "_0001", folder, sample, "")
                .replace("2026-03-13T10:", "2026-06-02T10:"), "application/xml").statusCode());
        long dataset = awaitDataset(location);
        assertEquals(id, ICAT.count("root", "SELECT d.investigation.id FROM Dataset d WHERE d.id = " + dataset));
    }

    @Test
    void sessionWithoutPortalIdIsKeyedByBeamlineAndStartDay() throws Exception {
        OpenMqSender.send("icatIngest", investigationXml(proposal, "ID15", null, "2026-07-01T09:00:00Z", null));
        awaitCount(count(), 1);
        JsonObject investigation = investigation();
        assertEquals("id15-20260701", investigation.getString("visitId"), investigation.toString());
        assertTrue(!investigation.containsKey("endDate"), "an open-ended session: " + investigation);

        // the end becomes known: the same session gets it
        OpenMqSender.send("icatIngest", investigationXml(proposal, "ID15", null, "2026-07-01T09:00:00Z",
                "2026-07-02T09:00:00Z"));
        awaitDate("endDate", "2026-07-02T09:00:00Z");
        assertEquals(1, ICAT.count("root", count()));
    }

    /**
     * A session first announced without the portal's id (visitId id15-<day>) and later with it, its start
     * moved by an hour: the later message adopts the session (visitId becomes the portal id, new dates)
     * instead of creating a second one; its dataset stays in it.
     */
    @Test
    void portalIdArrivingLaterAdoptsTheSessionCreatedWithoutIt() throws Exception {
        OpenMqSender.send("icatIngest", investigationXml(proposal, "ID15", null, "2026-08-03T08:00:00Z",
                "2026-08-05T08:00:00Z"));
        awaitCount(count() + " AND i.visitId = 'id15-20260803'", 1);
        long id = investigation().getJsonNumber("id").longValue();
        String sample = "adopt_" + proposal.substring(3);
        Path folder = Files.createDirectories(dataRoot.resolve("id15").resolve(proposal).resolve(sample)
                .resolve(sample + "_0001"));
        Files.write(folder.resolve("a.dat"), new byte[3]);
        String location = dataRoot.relativize(folder).toString();
        cleanup.dataset(location, sample);
        assertEquals(202, postDataset(datasetXml(proposal, "id15", sample + "_0001", folder, sample, "")
                .replace("2026-03-13T10:", "2026-08-03T10:"), "application/xml").statusCode());
        long dataset = awaitDataset(location);

        String portal = "P" + unique;
        String withId = investigationXml(proposal, "ID15", portal, "2026-08-03T09:00:00Z", "2026-08-05T09:00:00Z");
        OpenMqSender.send("icatIngest", withId);
        awaitCount(count() + " AND i.visitId = '" + portal + "'", 1);
        JsonObject adopted = investigation();
        assertEquals(1, ICAT.count("root", count()), "no second session");
        assertEquals(id, adopted.getJsonNumber("id").longValue(), adopted.toString());
        assertEquals(instant("2026-08-03T09:00:00Z"), instant(adopted, "startDate"), adopted.toString());
        assertEquals(instant("2026-08-05T09:00:00Z"), instant(adopted, "endDate"), adopted.toString());
        assertEquals(id, ICAT.count("root", "SELECT d.investigation.id FROM Dataset d WHERE d.id = " + dataset));
        TestDomain.fromSystemProperties().awaitLogLines(line -> line.contains("adopted as portal session " + portal
                + " (was id15-20260803)"), 1, IngestProbe.PATIENCE);
    }

    @Test
    void unknownBeamlineIsDeadLetteredAndCreatesNothing() throws Exception {
        String message = investigationXml(proposal, "ID99", null, "2026-07-01T09:00:00Z", null);
        OpenMqSender.send("icatIngest", message);
        JsonObject letter = awaitDeadLetter(body -> body.contains(">" + proposal + "<"), proposal);
        assertTrue(letter.getString("reason").contains("unknown instrument ID99"), letter.toString());
        assertEquals("icatIngest", letter.getString("sourceQueue"), letter.toString());
        assertEquals(1, letter.getInt("attempts"), "a rejection is not retried");
        assertEquals(0, ICAT.count("root", count()));
    }

    private String count() {
        return "SELECT COUNT(i) FROM Investigation i WHERE i.name = '" + proposal + "'";
    }

    private JsonObject investigation() throws Exception {
        JsonArray rows = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT i FROM Investigation i WHERE i.name = '" + proposal + "'");
        return rows.getJsonObject(0).getJsonObject("Investigation");
    }

    /** Waits until the investigation's date field is the given instant. */
    private void awaitDate(String field, String expected) throws Exception {
        Instant deadline = Instant.now().plus(IngestProbe.PATIENCE);
        while (!instant(expected).equals(instant(investigation(), field)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        assertEquals(instant(expected), instant(investigation(), field), investigation().toString());
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static Instant instant(JsonObject entity, String field) {
        return entity.containsKey(field) ? OffsetDateTime.parse(entity.getString(field)).toInstant() : null;
    }

    private static String investigationXml(String proposal, String beamline, String portalId, String start,
            String end) {
        return "<tns:investigation xmlns:tns=\"http://www.esrf.fr/icat\">"
                + "<tns:experiment>" + proposal + "</tns:experiment><tns:instrument>" + beamline + "</tns:instrument>"
                + (portalId == null ? "" : "<tns:investigationId>" + portalId + "</tns:investigationId>")
                + "<tns:startDate>" + start + "</tns:startDate>"
                + (end == null ? "" : "<tns:endDate>" + end + "</tns:endDate>")
                + "</tns:investigation>";
    }
}
