package org.beamcat.icat.server.authz;

import java.util.concurrent.atomic.AtomicLong;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.query.translation.RuleScope;

/**
 * The rules engine: one per application. Compiles all Rules and PublicSteps once into a cached snapshot and
 * hands out {@link CallerRules}, which turn them into JPQL conditions for one caller.
 *
 * <p>Cache invalidation: whoever commits a change to Rule, PublicStep or Grouping (deleting a grouping deletes
 * its rules) calls {@link #invalidate()} <em>after</em> the commit; the next call reloads. UserGroup changes need
 * no invalidation: membership is tested inside each query, never cached. A load that races with an
 * invalidation is discarded because it carries the version it was started under. Several server nodes would each
 * need the call (ICAT's {@code gatekeeper/markPublicTablesStale}).
 */
public final class RuleEngine {

    private final RuleSource source;
    private final RuleCompiler compiler;
    private final IcatQueries queries;
    private final RuleScope scope;
    private final AtomicLong version = new AtomicLong();
    private volatile RuleSnapshot snapshot;

    /** Rules applied to every entity a search touches ({@link RuleScope#EVERY_ENTITY}). */
    public RuleEngine(RuleSource source, IcatQueries queries, EntityModel model) {
        this(source, queries, model, RuleScope.EVERY_ENTITY);
    }

    /** @param scope which entities of a search the READ rules restrict ({@code beamcat.icat.rule-scope}) */
    public RuleEngine(RuleSource source, IcatQueries queries, EntityModel model, RuleScope scope) {
        this.source = source;
        this.queries = queries;
        this.compiler = new RuleCompiler(queries, model);
        this.scope = scope;
    }

    /** Forgets the compiled rules; call after committing any change to Rule, PublicStep or Grouping. */
    public void invalidate() {
        version.incrementAndGet();
        snapshot = null;
    }

    /** The rules as they apply to {@code caller}, for the queries of one call. */
    public CallerRules forCaller(Caller caller) {
        return new CallerRules(caller, caller.root() ? null : snapshot(), queries.translator(), scope);
    }

    RuleSnapshot snapshot() {
        long current = version.get();
        RuleSnapshot cached = snapshot;
        if (cached != null && cached.version() == current) {
            return cached;
        }
        RuleSnapshot loaded = new RuleSnapshot(current, source.load(), compiler);
        if (version.get() == current) {
            snapshot = loaded;
        }
        return loaded;
    }
}
