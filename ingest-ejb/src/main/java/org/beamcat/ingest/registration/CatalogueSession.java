package org.beamcat.ingest.registration;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.ingest.config.IngestSettings.IcatLogin;

/**
 * The ingestion service account's catalogue calls: icat-client's {@link CatalogueAccount} (logged in when
 * first needed and again, once, when the session has expired), searches taken only as {@link IcatQuery}.
 * Thread-safe.
 */
public final class CatalogueSession {

    private final CatalogueAccount account;

    public CatalogueSession(IcatClient client, IcatLogin login) {
        this.account = CatalogueAccount.of(client, login.authenticator(), login.user(), login.password());
    }

    JsonArray search(IcatQuery query) throws IcatException {
        return account.search(query);
    }

    List<JsonValue> searchAll(IcatQuery query, int pageSize) throws IcatException {
        return account.searchAll(query, pageSize);
    }

    List<Long> write(List<JsonObject> entities) throws IcatException {
        return account.write(entities);
    }
}
