package org.beamcat.icat.server.query.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;

/**
 * The variables visible at one point of a query. A sub-select's scope sees the enclosing query's variables (for
 * correlation) but may not redeclare them; the enclosing query never sees the sub-select's.
 */
final class Scope {

    private final Scope parent;
    private final Map<String, Variable> variables = new LinkedHashMap<>();

    private Scope(Scope parent) {
        this.parent = parent;
    }

    static Scope root() {
        return new Scope(null);
    }

    Scope child() {
        return new Scope(this);
    }

    void declare(String name, String entity, Set<String> entityNames) throws IcatServerException {
        if (lookup(name).isPresent()) {
            throw Problems.bad("Variable " + name + " is declared more than once");
        }
        if (entityNames.contains(name)) {
            throw Problems.bad("Variable " + name + " has the name of an entity; choose another variable name");
        }
        variables.put(key(name), new Variable(name, entity));
    }

    Optional<Variable> lookup(String name) {
        Variable found = variables.get(key(name));
        if (found != null) {
            return Optional.of(found);
        }
        return parent == null ? Optional.empty() : parent.lookup(name);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
