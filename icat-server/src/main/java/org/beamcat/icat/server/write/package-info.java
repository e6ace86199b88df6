/**
 * The write use cases of {@code entityManager}: {@link org.beamcat.icat.server.write.EntityWriter} (POST: create,
 * update, nested creation) and {@link org.beamcat.icat.server.write.EntityDeleter} (DELETE), both in the caller's
 * transaction, with the authorization decision left to a {@link org.beamcat.icat.server.write.WriteAuthorizer}.
 */
package org.beamcat.icat.server.write;
