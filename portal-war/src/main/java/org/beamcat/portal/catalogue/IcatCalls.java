package org.beamcat.portal.catalogue;

import jakarta.json.JsonArray;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.portal.catalogue.CatalogueException.Kind;

/**
 * Calls to the catalogue with the caller's own session, shared by every adapter of the portal over icat-client
 * (browse and search, the preview's master files, the cart), so that each turns the catalogue's error codes into
 * the same {@link CatalogueException} kinds and every page answers a failure alike.
 */
public final class IcatCalls {

    private IcatCalls() {
    }

    /** One call to icat-client, which fails with the catalogue's error. */
    @FunctionalInterface
    public interface IcatCall<T> {
        T run() throws IcatException;
    }

    public static <T> T call(IcatCall<T> call) throws CatalogueException {
        try {
            return call.run();
        } catch (IcatException e) {
            throw translate(e);
        }
    }

    /** The rows a query finds with the session's rights. */
    public static JsonArray search(IcatClient icat, String sessionId, IcatQuery query) throws CatalogueException {
        return call(() -> icat.search(sessionId, query.text()));
    }

    /** The number a {@code SELECT COUNT(…)} answers; 0 when it answers none. */
    public static long count(IcatClient icat, String sessionId, IcatQuery query) throws CatalogueException {
        JsonArray rows = search(icat, sessionId, query);
        Long value = rows.isEmpty() ? null : IcatJson.number(rows.get(0));
        return value == null ? 0 : value;
    }

    /** The catalogue's error codes, by what the portal does about them. */
    public static CatalogueException translate(IcatException e) {
        Kind kind = switch (e.type()) {
            case SESSION -> Kind.SESSION_EXPIRED;
            case NO_SUCH_OBJECT_FOUND, INSUFFICIENT_PRIVILEGES -> Kind.NOT_FOUND;
            case BAD_PARAMETER, VALIDATION -> Kind.BAD_REQUEST;
            default -> Kind.UNAVAILABLE;
        };
        return new CatalogueException(kind, e.getMessage(), e);
    }
}
