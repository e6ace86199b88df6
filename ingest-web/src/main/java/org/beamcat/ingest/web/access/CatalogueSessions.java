package org.beamcat.ingest.web.access;

import java.util.Optional;

/** What access checks ask the catalogue. Implementations throw {@link CatalogueUnavailableException}. */
public interface CatalogueSessions {

    /** The full user name ({@code simple/alice}) of a live session, or empty when the session is not valid. */
    Optional<String> userName(String sessionId);

    /** Whether the user is a member of the catalogue grouping (ICAT {@code Grouping}/{@code UserGroup}). */
    boolean isMember(String userName, String grouping);
}
