package org.beamcat.icat.server.session;

import java.time.Instant;

/** One row of table SESSION_: the id the client holds, the user it stands for, and when it expires. */
record StoredSession(String id, String userName, Instant expiresAt) {
}
