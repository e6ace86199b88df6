package org.beamcat.portal.downloads;

/** The IDS's answer about a preparedId ({@code isPrepared}). */
public enum Preparation {
    /** Everything is online: getData will stream it. */
    READY,
    /** Not yet: restores are queued or running. */
    NOT_YET,
    /** The IDS does not know the id (never prepared there, or tidied away). */
    UNKNOWN,
    /** The IDS failed to bring the data online (a restore failed) or refused. */
    FAILED
}
