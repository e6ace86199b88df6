package org.beamcat.landing.exports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.LocalDate;
import org.beamcat.landing.records.LandingRecord;
import org.beamcat.landing.records.Withdrawal;

/**
 * The schema.org Dataset of a landing page (page head and {@code application/ld+json}): the record's
 * {@link Exports#jsonLd} plus what depends on today, {@code isAccessibleForFree} and, once the embargo is
 * over, the {@code distribution} (a zip of all files through the download endpoint). A withdrawn DOI keeps
 * only what cites it, says so in {@code creativeWorkStatus} and has no distribution.
 */
public final class SchemaOrgDataset {

    private static final String[] KEPT_WHEN_WITHDRAWN = {"@context", "@type", "@id", "identifier", "url", "name",
        "creator", "publisher", "datePublished"};

    private SchemaOrgDataset() {
    }

    /** @param download where the whole DOI's files are downloaded (used only when they are open) */
    public static JsonObject of(LandingRecord record, LocalDate today, URI download) {
        JsonObject full = Exports.jsonLd(record.metadata());
        if (record.withdrawn()) {
            Withdrawal w = record.withdrawal().get();
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (String key : KEPT_WHEN_WITHDRAWN) {
                if (full.containsKey(key)) {
                    b.add(key, full.get(key));
                }
            }
            return b.add("description", "This dataset was withdrawn on " + w.date() + ". Reason: " + w.reason()
                            + " The DOI and its citation remain valid; the data are no longer offered.")
                    .add("creativeWorkStatus", "Withdrawn")
                    .add("expires", w.date().toString())
                    .add("isAccessibleForFree", false)
                    .build();
        }
        JsonObjectBuilder b = Json.createObjectBuilder(full);
        boolean open = record.downloadable(today);
        b.add("isAccessibleForFree", open);
        if (open) {
            b.add("distribution", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("@type", "DataDownload")
                    .add("name", "All files of " + record.metadata().doi())
                    .add("contentUrl", download.toString())
                    .add("encodingFormat", "application/zip")));
        }
        return b.build();
    }
}
