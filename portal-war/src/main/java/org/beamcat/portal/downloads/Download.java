package org.beamcat.portal.downloads;

import java.time.Instant;

/**
 * A download a person asked for: its name, the IDS's preparedId (which never leaves the server), when it was
 * asked for, a one-line summary of what it holds, and the selection it was prepared from.
 */
public record Download(long id, String userName, String name, String preparedId, Instant created, String summary,
        DataSelection selection) {

    @Override
    public String toString() {
        return "Download[" + id + " of " + userName + ": " + name + "]"; // the preparedId is a bearer token
    }
}
