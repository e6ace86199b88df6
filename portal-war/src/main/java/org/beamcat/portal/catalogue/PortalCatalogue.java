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
}
