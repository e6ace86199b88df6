package org.beamcat.icat.client;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue's root users (operators) as a module's configuration names them, and the one check of
 * "is this caller a root user" that /ingest, /ids and /doi share: by full user name
 * ({@code simple/root}), or by a session id resolved through ICAT ({@code GET session/{id}}).
 * Each module turns a refusal into its own API's error.
 */
public final class RootUsers {

    private final Set<String> names;

    private RootUsers(Collection<String> names) {
        this.names = Set.copyOf(names);
    }

    /** A configured list such as {@code "simple/root, db/admin"} (commas and/or white space; blanks ignored). */
    public static RootUsers parse(String list) {
        Set<String> names = new TreeSet<>();
        if (list != null) {
            Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        return new RootUsers(names);
    }

    public static RootUsers of(Collection<String> names) {
        return new RootUsers(names);
    }

    public static RootUsers none() {
        return new RootUsers(Set.of());
    }

    /** Whether this full user name is one of the root users (exact, case-sensitive, as ICAT names users). */
    public boolean includes(String userName) {
        return userName != null && names.contains(userName);
    }

    /** Whether the session belongs to a root user; ICAT's error (e.g. SESSION for a gone session) propagates. */
    public boolean includesSessionOf(IcatClient client, String sessionId) throws IcatException {
        return includes(client.session(sessionId).userName());
    }

    public Set<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return new TreeSet<>(names).toString();
    }
}
