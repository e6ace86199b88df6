package org.beamcat.ingest.web.access;

import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.ServiceSession;

/**
 * {@link CatalogueSessions} over the catalogue's REST API: a session's user from {@code GET session/{id}},
 * grouping membership by a search run with ingestion's service account (a root user), since the caller's own
 * rules need not let it read groupings.
 */
public final class IcatCatalogueSessions implements CatalogueSessions {

    private final IcatClient icat;
    private final ServiceSession serviceAccount;

    public IcatCatalogueSessions(IcatClient icat, ServiceSession serviceAccount) {
        this.icat = icat;
        this.serviceAccount = serviceAccount;
    }

    @Override
    public Optional<String> userName(String sessionId) {
        try {
            return Optional.of(icat.session(sessionId).userName());
        } catch (IcatException e) {
            if (e.type() == IcatErrorType.SESSION || e.type() == IcatErrorType.BAD_PARAMETER
                    || e.type() == IcatErrorType.NO_SUCH_OBJECT_FOUND) {
                return Optional.empty();
            }
            throw new CatalogueUnavailableException("the catalogue could not check the session: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isMember(String userName, String grouping) {
        String query = IcatQuery.of("SELECT COUNT(ug) FROM UserGroup ug WHERE ug.user.name = :user"
                + " AND ug.grouping.name = :grouping").with("user", userName).with("grouping", grouping).text();
        try {
            return serviceAccount.call(session -> icat.search(session, query)).getJsonNumber(0).longValue() > 0;
        } catch (IcatException e) {
            throw new CatalogueUnavailableException("the catalogue could not check grouping " + grouping + ": "
                    + e.getMessage(), e);
        }
    }
}
