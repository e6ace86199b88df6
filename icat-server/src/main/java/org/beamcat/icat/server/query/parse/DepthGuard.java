package org.beamcat.icat.server.query.parse;

/**
 * Counts how deeply conditions, expressions and sub-selects nest while the tree is built. The token screen already
 * bounds parentheses; this catches the rest (e.g. nested function calls) with the same limit.
 */
final class DepthGuard {

    private final int maxDepth;
    private int depth;

    DepthGuard(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    void enter(int position) {
        depth++;
        if (depth > maxDepth) {
            throw QuerySyntaxError.at(position, "Query is nested too deeply (more than " + maxDepth + " levels)");
        }
    }

    void leave() {
        depth--;
    }
}
