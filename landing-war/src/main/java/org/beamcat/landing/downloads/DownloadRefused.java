package org.beamcat.landing.downloads;

/** Why a landing-page download is not handed out; the edge turns the reason into an HTTP status. */
public class DownloadRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** The refusals a visitor can cause or meet. */
    public enum Reason {
        /** The DOI or the dataset is not one of ours. */
        NOT_FOUND,
        /** The DOI was withdrawn: no data are offered any more. */
        WITHDRAWN,
        /** The embargo has not ended. */
        EMBARGOED,
        /** The embargo has ended but the catalogue does not grant anonymous reading yet. */
        NOT_YET_PUBLIC,
        /** The catalogue or the IDS did not answer as expected. */
        UNAVAILABLE
    }

    private final Reason reason;

    public DownloadRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
