package org.beamcat.icat.server.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.beamcat.icat.server.authz.JpaRuleSource;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.search.SearchSlots;

/**
 * The catalogue's long-lived parts, built once: the entity model, the query language, the JSON mapping,
 * and the rule engine with its cache of compiled rules.
 */
@ApplicationScoped
public class CatalogueComponents {

    @PersistenceUnit(unitName = "icat")
    EntityManagerFactory entityManagerFactory;

    @Produces
    @Singleton
    EntityModel entityModel() {
        return AnnotatedEntityModel.ofIcatEntities();
    }

    @Produces
    @Singleton
    IcatDateFormat dateFormat() {
        return IcatDateFormat.systemDefault();
    }

    @Produces
    @Singleton
    IcatQueries queries(EntityModel model, IcatDateFormat dates, IcatServerSettings settings) {
        return new IcatQueries(model, dates.zone(), settings.searches().queryLimits());
    }

    @Produces
    @Singleton
    SearchSlots searchSlots(IcatServerSettings settings) {
        return new SearchSlots(settings.searches().maxConcurrentSearches());
    }

    @Produces
    @Singleton
    EntityAccessors accessors() {
        return EntityAccessors.ofIcatEntities();
    }

    @Produces
    @Singleton
    RuleEngine ruleEngine(IcatQueries queries, EntityModel model, IcatServerSettings settings) {
        return new RuleEngine(new JpaRuleSource(entityManagerFactory), queries, model, settings.ruleScope());
    }
}
