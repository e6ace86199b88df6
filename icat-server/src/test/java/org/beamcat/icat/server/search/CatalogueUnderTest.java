package org.beamcat.icat.server.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.beamcat.icat.server.authz.JpaRuleSource;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.persistence.SchemaMigrations;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.beamcat.icat.server.persistence.TestPersistenceUnit;
import org.beamcat.icat.server.query.IcatQueries;

/** A migrated database holding the {@link RuleFixture}, with the rules engine and a statement counter. */
final class CatalogueUnderTest implements AutoCloseable {

    final EntityManagerFactory factory;
    final RuleFixture fixture = new RuleFixture();
    final IcatQueries queries;
    final RuleEngine rules;
    final StatementCounter statements;

    CatalogueUnderTest(TestDatabase database) {
        SchemaMigrations.migrate(database.dataSource());
        factory = TestPersistenceUnit.open(database);
        EntityModel model = AnnotatedEntityModel.ofIcatEntities();
        queries = new IcatQueries(model);
        rules = new RuleEngine(new JpaRuleSource(factory), queries, model);
        EntityManager em = factory.createEntityManager();
        try {
            fixture.build(em);
        } finally {
            em.close();
        }
        statements = StatementCounter.attachTo(factory);
    }

    SearchService search(EntityManager em, SearchLimits limits) {
        return new SearchService(em, queries, rules, limits);
    }

    @Override
    public void close() {
        factory.close();
    }
}
