package org.beamcat.icat.server.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.outbox.OutboxRecorder;

/**
 * A write's index changes recorded in the search outbox in the write's own transaction (committed with it or not at
 * all), for every door that writes: {@code entityManager}, SOAP (through the same service) and {@code port} import.
 */
public final class SearchOutboxWrites {

    private static final Logger LOG = Logger.getLogger(SearchOutboxWrites.class.getName());

    private SearchOutboxWrites() {
    }

    public static OutboxRecorder inTransactionOf(EntityManager em) {
        return new OutboxRecorder(sql -> {
            try {
                em.createNativeQuery(sql).executeUpdate();
            } catch (PersistenceException e) {
                LOG.log(Level.SEVERE, "Search outbox row not written; the write is rolled back", e);
                throw new IcatServerException(IcatErrorType.INTERNAL, "the search outbox could not be written");
            }
        });
    }
}
