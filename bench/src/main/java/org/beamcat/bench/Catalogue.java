package org.beamcat.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/**
 * The catalogue through the project's own client (icat-client's {@link CatalogueAccount}: one account's
 * session, searches as {@link IcatQuery}), for set-up work that is not timed.
 */
public final class Catalogue {

    private final CatalogueAccount account;

    private Catalogue(CatalogueAccount account) {
        this.account = account;
    }

    public static Catalogue login(Target target, String user, String password) throws IcatException {
        Catalogue catalogue = new Catalogue(CatalogueAccount.of(IcatClient.create(target.url, Duration.ofMinutes(30)),
                "simple", user, password));
        catalogue.session(); // log in now: a wrong password stops the scenario before any work
        return catalogue;
    }

    /** The account's session id, for the timed calls made over plain HTTP. */
    public String session() throws IcatException {
        return account.call(sessionId -> sessionId);
    }

    public JsonArray search(IcatQuery query) throws IcatException {
        return account.search(query);
    }

    public Optional<Long> findId(IcatQuery query) throws IcatException {
        return account.findNumber(query);
    }

    public long id(IcatQuery query) throws IcatException {
        return findId(query).orElseThrow(() -> new IllegalStateException("nothing found for: " + query));
    }

    public long count(IcatQuery query) throws IcatException {
        return search(query).getJsonNumber(0).longValue();
    }

    public List<Long> write(List<JsonObject> entities) throws IcatException {
        return account.write(entities);
    }

    /** The id of the entity of that type and name (reference data the scenarios rely on). */
    public long idByName(String entity, String name) throws IcatException {
        return id(IcatQuery.of("SELECT x.id FROM :entity x WHERE x.name = :name").withEntity("entity", entity)
                .with("name", name));
    }
}
