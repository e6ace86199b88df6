/**
 * Validated query to JPQL. Client values only ever reach JPQL as bound parameters ({@code :p1}, {@code :p2} ...);
 * entity and field names come from the model; identification variables are renamed to generated ones
 * ({@code v1}, {@code v2} ...), so no text typed by the client is copied into the JPQL string. Authorization plugs
 * in through {@link org.beamcat.icat.server.query.translation.ReadRestriction}.
 */
package org.beamcat.icat.server.query.translation;
