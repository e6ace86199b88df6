package org.beamcat.icat.server.port;

import java.util.List;

/**
 * Up to one page of dump lines of one entity, read in one transaction.
 *
 * @param lastId the id of the last row read (readable or not), where the next page starts; -1 when the entity is done
 */
public record ExportPage(List<String> lines, long lastId) {

    boolean done() {
        return lastId < 0;
    }
}
