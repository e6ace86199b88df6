package org.beamcat.icat.server.query.validation;

import java.util.List;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.Join;

/** Declares the variables of a FROM clause in order, so each path may only use variables declared before it. */
final class FromDeclarations {

    private FromDeclarations() {
    }

    static void declare(List<FromItem> from, Scope scope, PathResolver paths, Set<String> entityNames)
            throws IcatServerException {
        for (FromItem item : from) {
            if (item instanceof FromItem.EntityRange range) {
                paths.entity(range.entity());
                scope.declare(range.variable(), range.entity(), entityNames);
            } else {
                FromItem.PathRange range = (FromItem.PathRange) item;
                ResolvedPath resolved = paths.resolve(range.path(), scope, PathUse.DECLARATION);
                scope.declare(range.variable(), resolved.endEntity().orElseThrow(), entityNames);
            }
            for (Join join : item.joins()) {
                ResolvedPath resolved = paths.resolve(join.path(), scope, PathUse.DECLARATION);
                scope.declare(join.variable(), resolved.endEntity().orElseThrow(), entityNames);
            }
        }
    }
}
