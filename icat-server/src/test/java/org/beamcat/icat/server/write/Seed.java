package org.beamcat.icat.server.write;

import jakarta.persistence.EntityManager;
import java.util.Date;
import java.util.UUID;
import org.beamcat.icat.server.entity.DatasetType;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.entity.InvestigationType;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.ParameterType;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.beamcat.icat.server.entity.PermissibleStringValue;
import org.beamcat.icat.server.persistence.CatalogueDatabase;

/**
 * Reference rows a write test needs, stored with plain JPA (not with the code under test), under a facility of
 * their own so that tests sharing a database do not see each other's rows.
 */
final class Seed {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    long facility;
    long investigationType;
    long datasetType;
    long investigation;
    long dataset;
    /** NUMERIC, enforced 5..150 keV, applicable to datasets and datafiles only. */
    long energy;
    /** STRING, enforced, permissible value TOMO only, applicable to datasets. */
    long definition;
    /** NUMERIC, not enforced, applicable to investigations only. */
    long proposalCount;

    static Seed store(CatalogueDatabase db) {
        Seed seed = new Seed();
        db.inTransaction(em -> {
            seed.create(em);
            return null;
        });
        return seed;
    }

    private void create(EntityManager em) {
        Facility fac = stamp(new Facility());
        fac.setName("ESRF-" + tag);
        em.persist(fac);
        InvestigationType proposal = stamp(new InvestigationType());
        proposal.setName("proposal");
        proposal.setFacility(fac);
        em.persist(proposal);
        DatasetType raw = stamp(new DatasetType());
        raw.setName("raw");
        raw.setFacility(fac);
        em.persist(raw);
        Investigation inv = stamp(new Investigation());
        inv.setName("MA" + tag);
        inv.setVisitId("id11");
        inv.setTitle("Iron oxide");
        inv.setFacility(fac);
        inv.setType(proposal);
        em.persist(inv);
        Dataset ds = stamp(new Dataset());
        ds.setName("scan1");
        ds.setInvestigation(inv);
        ds.setType(raw);
        em.persist(ds);
        ParameterType energyType = parameterType(em, fac, "energy", ParameterValueType.NUMERIC, true);
        energyType.setApplicableToDataset(true);
        energyType.setApplicableToDatafile(true);
        energyType.setMinimumNumericValue(5.0);
        energyType.setMaximumNumericValue(150.0);
        ParameterType definitionType = parameterType(em, fac, "definition", ParameterValueType.STRING, true);
        definitionType.setApplicableToDataset(true);
        PermissibleStringValue tomo = stamp(new PermissibleStringValue());
        tomo.setValue("TOMO");
        tomo.setType(definitionType);
        em.persist(tomo);
        ParameterType countType = parameterType(em, fac, "proposalCount", ParameterValueType.NUMERIC, false);
        countType.setApplicableToInvestigation(true);
        em.flush();
        facility = fac.getId();
        investigationType = proposal.getId();
        datasetType = raw.getId();
        investigation = inv.getId();
        dataset = ds.getId();
        energy = energyType.getId();
        definition = definitionType.getId();
        proposalCount = countType.getId();
    }

    private ParameterType parameterType(EntityManager em, Facility fac, String name, ParameterValueType valueType,
            boolean enforced) {
        ParameterType type = stamp(new ParameterType());
        type.setName(name);
        type.setUnits("keV");
        type.setValueType(valueType);
        type.setEnforced(enforced);
        type.setFacility(fac);
        em.persist(type);
        return type;
    }

    private static <T extends EntityBase> T stamp(T entity) {
        entity.markCreated("simple/seed", new Date());
        return entity;
    }
}
