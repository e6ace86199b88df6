package org.beamcat.icat.server.query.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.ast.Path;

/**
 * Resolves paths step by step against the model, enforcing JPQL's rules on where attributes and collections may
 * appear, and remembers each resolution (by node identity) for the translator.
 */
final class PathResolver {

    private final EntityModel model;
    private final Map<Path, ResolvedPath> resolved = new IdentityHashMap<>();

    PathResolver(EntityModel model) {
        this.model = model;
    }

    Map<Path, ResolvedPath> resolutions() {
        return resolved;
    }

    EntityInfo entity(String name) throws IcatServerException {
        return model.entity(name).orElseThrow(() -> Problems.bad(name + " is not an ICAT entity"));
    }

    ResolvedPath resolve(Path path, Scope scope, PathUse use) throws IcatServerException {
        Variable variable = scope.lookup(path.variable()).orElseThrow(() -> Problems.bad("Variable "
                + path.variable() + " is not declared" + (path.isVariableOnly() ? "" : " (in " + path + ")")
                + "; declare it in FROM or JOIN"));
        List<FieldInfo> steps = new ArrayList<>();
        String entity = variable.entity();
        List<String> fields = path.fields();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            String owner = entity;
            FieldInfo field = entity(owner).field(name).orElseThrow(() -> Problems.bad(name
                    + " is not a field of " + owner + " (in " + path + ")"));
            boolean last = i == fields.size() - 1;
            if (!last) {
                checkIntermediate(path, owner, field, use);
            }
            steps.add(field);
            if (field.isRelationship()) {
                entity = field.targetEntity();
            }
        }
        ResolvedPath resolution = new ResolvedPath(variable, steps);
        checkEnd(path, resolution, use);
        resolved.put(path, resolution);
        return resolution;
    }

    private static void checkIntermediate(Path path, String owner, FieldInfo field, PathUse use)
            throws IcatServerException {
        if (field.kind() == FieldKind.ATTRIBUTE) {
            throw Problems.bad("In " + path + ", " + field.name() + " is an attribute of " + owner
                    + " so no field can follow it");
        }
        if (field.kind() == FieldKind.TO_MANY && use != PathUse.SELECT) {
            throw Problems.bad("In " + path + ", " + field.name() + " is a collection; JOIN it to a variable "
                    + "(e.g. JOIN " + path.variable() + "." + field.name() + " x) to reach its fields");
        }
    }

    private static void checkEnd(Path path, ResolvedPath resolution, PathUse use) throws IcatServerException {
        FieldKind endKind = resolution.lastStep().map(FieldInfo::kind).orElse(null);
        switch (use) {
            case VALUE -> {
                if (endKind == FieldKind.TO_MANY) {
                    throw Problems.bad(path + " is a collection; use it with IS EMPTY, MEMBER OF or SIZE, "
                            + "or JOIN it to a variable");
                }
            }
            case COLLECTION -> {
                if (endKind != FieldKind.TO_MANY) {
                    throw Problems.bad(path + " is not a collection (a to-many relationship)");
                }
            }
            case DECLARATION -> {
                if (endKind == FieldKind.ATTRIBUTE) {
                    throw Problems.bad(path + " is an attribute; only relationships can be joined");
                }
            }
            case SELECT -> {
                // anything goes: to-many steps become joins in the translation
            }
        }
    }
}
