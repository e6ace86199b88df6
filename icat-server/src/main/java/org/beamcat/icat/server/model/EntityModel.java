package org.beamcat.icat.server.model;

import java.util.Optional;
import java.util.Set;

/**
 * What the catalogue's schema looks like to the query language, the rules and the REST layer: entity
 * names (as ICAT spells them, e.g. {@code Dataset}) and their fields. Built once from the JPA entity
 * classes; the query parser validates every identifier against it.
 */
public interface EntityModel {

    /** The entity with exactly this ICAT name, if there is one. */
    Optional<EntityInfo> entity(String name);

    Set<String> entityNames();
}
