package org.beamcat.icat.server.searchengine.outbox;

import java.time.Instant;
import org.beamcat.icat.server.searchengine.EntityKind;

/** One row of the search outbox. */
public record OutboxEntry(long id, EntityKind kind, long entityId, OutboxOperation operation, Instant created) {
}
