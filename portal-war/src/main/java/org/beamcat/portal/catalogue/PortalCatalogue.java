package org.beamcat.portal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.portal.catalogue.Sorts.DatafileSort;
import org.beamcat.portal.catalogue.Sorts.DatasetSort;
import org.beamcat.portal.catalogue.Sorts.InvestigationSort;

/**
 * The catalogue as the portal needs it (port): logging in and out, and reading with the caller's own session,
 * so that the catalogue's rules decide what each person sees. Lists are paged, sorted and filtered by the
 * catalogue (LIMIT, ORDER BY, COUNT): no call loads a whole list. One adapter over icat-client
 * ({@link IcatPortalCatalogue}), an in-memory fake in the unit tests.
 */
public interface PortalCatalogue {

    // --- sessions --------------------------------------------------------------------------------

    /** The ways to log in the catalogue offers, in its order. */
    List<Authenticator> authenticators() throws CatalogueException;

    /** Logs in; returns the caller (session id and user name). Wrong credentials: {@code LOGIN_REFUSED}. */
    Caller login(String authenticator, Map<String, String> credentials) throws CatalogueException;

    /** Resets the session's lifetime; {@code SESSION_EXPIRED} when it has already ended. */
    void refresh(Caller caller) throws CatalogueException;

    /** Ends the session at the catalogue (an already ended one is fine). */
    void logout(Caller caller) throws CatalogueException;

    // --- browsing --------------------------------------------------------------------------------

    Page<InvestigationRow> investigations(Caller caller, InvestigationScope scope, Slice<InvestigationSort> slice)
            throws CatalogueException;

    /** How many investigations of the scope the caller reads. */
    long countInvestigations(Caller caller, InvestigationScope scope) throws CatalogueException;

    /** How many of the caller's own investigations are released. */
    long countMineReleased(Caller caller) throws CatalogueException;

    Optional<InvestigationDetail> investigation(Caller caller, long id) throws CatalogueException;

    Page<DatasetRow> datasets(Caller caller, long investigationId, Slice<DatasetSort> slice) throws CatalogueException;

    Optional<DatasetDetail> dataset(Caller caller, long id) throws CatalogueException;

    Page<DatafileRow> datafiles(Caller caller, long datasetId, Slice<DatafileSort> slice) throws CatalogueException;

    /** The dataset a file belongs to, for a search hit on a file. */
    Optional<DatafilePlace> datafile(Caller caller, long id) throws CatalogueException;

    // --- searching -------------------------------------------------------------------------------

    /**
     * One page of the catalogue's document search ({@code search/documents}) with the caller's session: the
     * engine counts, facets and returns only what the caller may read. {@code query} is the engine's JSON query
     * object, {@code sort} a JSON sort object or null, {@code cursor} the previous page's {@link DocumentPage#nextCursor()}
     * or null. A query the engine refuses is {@code BAD_REQUEST}.
     */
    DocumentPage searchDocuments(Caller caller, String query, String sort, String cursor, int size)
            throws CatalogueException;
}
