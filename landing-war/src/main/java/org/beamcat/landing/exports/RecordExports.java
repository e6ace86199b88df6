package org.beamcat.landing.exports;

import java.net.URI;
import java.time.LocalDate;
import org.beamcat.landing.exports.Exports.Format;
import org.beamcat.landing.records.LandingRecord;

/** Renders a landing record in an export format: JSON-LD depends on today and on the download link. */
public final class RecordExports {

    private RecordExports() {
    }

    public static String render(Format format, LandingRecord record, LocalDate today, URI download) {
        return format == Format.JSON_LD ? SchemaOrgDataset.of(record, today, download).toString()
                : Exports.render(format, record.metadata());
    }
}
