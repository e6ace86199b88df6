package org.beamcat.portal.downloads.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.beamcat.portal.downloads.DownloadStatus;

/** A row of "My downloads", as the page and the JSON status show it. */
public record DownloadRow(long id, String name, String created, String summary, String state, String stateLabel,
        int percentOnline) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public static DownloadRow of(DownloadStatus status) {
        var d = status.download();
        String label = switch (status.state()) {
            case RESTORING -> "Restoring from the archive: " + status.percentOnline() + " % online";
            case READY -> "Ready";
            case EXPIRED -> "Expired: the data service no longer holds it; download again from your cart";
            case FAILED -> "Failed: the data could not be brought online; try again later or ask the facility";
        };
        return new DownloadRow(d.id(), d.name(), WHEN.format(d.created()), d.summary(), status.state().name(), label,
                status.percentOnline());
    }

    public boolean isReady() {
        return "READY".equals(state);
    }

    public boolean isRestoring() {
        return "RESTORING".equals(state);
    }
}
