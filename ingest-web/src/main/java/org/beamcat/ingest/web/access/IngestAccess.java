package org.beamcat.ingest.web.access;

import org.beamcat.icat.client.RootUsers;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Who may write to {@code /ingest}. Producers ({@code POST /ingest/dataset}): a sequencer with a configured
 * shared secret ({@link ProducerTokens}), or a catalogue user who is a root user or a member of the ingest
 * grouping. Operators (dead letters: they hold whole messages): catalogue root users only. No or unknown
 * credentials are refused as unauthenticated (401), a known caller without the right as forbidden (403).
 *
 * <p>Positive session checks are remembered for a short while, so a producer posting many datasets with one
 * session costs the catalogue one check per period; refusals are never cached, so a user added to the
 * grouping is let in at once.
 */
public final class IngestAccess {

    private final ProducerTokens tokens;
    private final CatalogueSessions sessions;
    private final RootUsers rootUsers;
    private final Optional<String> producerGrouping;
    private final Cache<String, String> allowedProducerSessions;

    public IngestAccess(ProducerTokens tokens, CatalogueSessions sessions, Set<String> rootUsers,
            Optional<String> producerGrouping, Duration sessionCacheTime) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.rootUsers = RootUsers.of(rootUsers);
        this.producerGrouping = producerGrouping;
        this.allowedProducerSessions = Caffeine.newBuilder().expireAfterWrite(sessionCacheTime)
                .maximumSize(10_000).build();
    }

    /** The producer these credentials belong to; AccessRefusedException or CatalogueUnavailableException otherwise. */
    public Caller requireProducer(Credentials credentials) {
        if (credentials.isEmpty()) {
            throw AccessRefusedException.unauthenticated("ingestion needs an authenticated producer: "
                    + "Authorization: Bearer <producer secret>, or the session of a catalogue user allowed to ingest");
        }
        if (credentials.bearerToken().isPresent()) {
            return tokens.producerOf(credentials.bearerToken().get())
                    .map(name -> new Caller(name, Caller.Kind.PRODUCER_TOKEN))
                    .orElseThrow(() -> AccessRefusedException.unauthenticated("unknown producer secret"));
        }
        String sessionId = credentials.sessionId().orElseThrow();
        String cached = allowedProducerSessions.getIfPresent(sessionId);
        if (cached != null) {
            return new Caller(cached, Caller.Kind.CATALOGUE_USER);
        }
        String user = userOf(sessionId);
        boolean allowed = rootUsers.includes(user)
                || producerGrouping.map(grouping -> sessions.isMember(user, grouping)).orElse(false);
        if (!allowed) {
            throw AccessRefusedException.forbidden(user + " may not ingest: neither a catalogue root user nor "
                    + producerGrouping.map(g -> "a member of grouping " + g).orElse("(no ingest grouping is configured)"));
        }
        allowedProducerSessions.put(sessionId, user);
        return new Caller(user, Caller.Kind.CATALOGUE_USER);
    }

    /** The operator (catalogue root user) these credentials belong to; refusals as for producers. */
    public Caller requireOperator(Credentials credentials) {
        if (credentials.sessionId().isEmpty()) {
            if (credentials.bearerToken().isPresent() && tokens.producerOf(credentials.bearerToken().get()).isPresent()) {
                throw AccessRefusedException.forbidden("producers may not handle dead letters: "
                        + "the session of a catalogue root user is required");
            }
            throw AccessRefusedException.unauthenticated("the session of a catalogue root user is required");
        }
        String user = userOf(credentials.sessionId().get());
        if (!rootUsers.includes(user)) {
            throw AccessRefusedException.forbidden(user + " is not a catalogue root user");
        }
        return new Caller(user, Caller.Kind.CATALOGUE_USER);
    }

    private String userOf(String sessionId) {
        return sessions.userName(sessionId)
                .orElseThrow(() -> AccessRefusedException.unauthenticated("the catalogue session is not valid (expired or logged out)"));
    }
}
