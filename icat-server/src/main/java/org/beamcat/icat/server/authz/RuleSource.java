package org.beamcat.icat.server.authz;

/** Where the {@link RuleEngine} reads Rules and PublicSteps from when its cache is empty. */
@FunctionalInterface
public interface RuleSource {

    RuleRows load();
}
