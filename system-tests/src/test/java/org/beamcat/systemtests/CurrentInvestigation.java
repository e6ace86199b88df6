package org.beamcat.systemtests;

import jakarta.json.Json;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.beamcat.icat.client.IcatClient;

/**
 * An experiment on a demo instrument that runs now (yesterday to tomorrow): the demo's experiments are over,
 * and ingestion only files a dataset into an experiment that covers its date.
 */
final class CurrentInvestigation {

    private static final IcatClient ICAT = DemoCatalogueFixture.ICAT;

    private CurrentInvestigation() {
    }

    /** Creates investigation {@code proposal} on {@code instrument} (e.g. ID11); returns its id. */
    static long create(String root, String proposal, String instrument, String title) throws Exception {
        SimpleDateFormat icatDate = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        icatDate.setTimeZone(TimeZone.getTimeZone("UTC"));
        long day = TimeUnit.DAYS.toMillis(1);
        long now = System.currentTimeMillis();
        return ICAT.create(root, "Investigation", Json.createObjectBuilder()
                .add("name", proposal).add("visitId", "e2e").add("title", title)
                .add("startDate", icatDate.format(new Date(now - day))).add("endDate", icatDate.format(new Date(now + day)))
                .add("facility", Json.createObjectBuilder().add("id", id(root, "SELECT f.id FROM Facility f WHERE f.name = 'ESRF'")))
                .add("type", Json.createObjectBuilder().add("id", id(root,
                        "SELECT t.id FROM InvestigationType t WHERE t.name = 'experiment'")))
                .add("investigationInstruments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("instrument", Json.createObjectBuilder().add("id",
                                id(root, "SELECT i.id FROM Instrument i WHERE i.name = '" + instrument + "'")))))
                .build());
    }

    private static long id(String session, String query) throws Exception {
        return ICAT.search(session, query).getJsonNumber(0).longValue();
    }
}
