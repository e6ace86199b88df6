package org.beamcat.icat.server.search;

import jakarta.persistence.EntityManager;
import java.util.Date;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.entity.Datafile;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.DatasetParameter;
import org.beamcat.icat.server.entity.DatasetType;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.Grouping;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.entity.InvestigationType;
import org.beamcat.icat.server.entity.InvestigationUser;
import org.beamcat.icat.server.entity.ParameterType;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.beamcat.icat.server.entity.PublicStep;
import org.beamcat.icat.server.entity.Rule;
import org.beamcat.icat.server.entity.User;
import org.beamcat.icat.server.entity.UserGroup;

/**
 * The rule matrix's facility, written directly with JPA (as root would):
 * <ul>
 * <li>INV-A: alice is a member; datasets A1 (2 datafiles, an energy parameter) and A2 (1 datafile);</li>
 * <li>INV-B: no members; datasets B1 (1 datafile, energy parameter) and B2 (released: has a DOI, 3 datafiles);</li>
 * <li>BIG: alice is a member; {@value #BIG_DATASETS} datasets of {@value #BIG_FILES} datafiles each;</li>
 * <li>carol is in grouping "staff", which has CRUD on the datasets of INV-B; grouping "ghosts" (no members) may
 * read every Datafile; bob belongs to nothing; anon has no User row.</li>
 * </ul>
 * Rules for everyone: Facility, DatasetType and User are public tables; members read their Investigation,
 * InvestigationUser (their co-members' links too), Dataset,
 * Datafile and DatasetParameter rows (Investigation and Datafile rules in the concise form {@code Investigation
 * <-> InvestigationUser <-> User [name = :user]}, the others in JPQL); released datasets (DOI set) are readable by all; PublicStep Dataset.datafiles.
 */
final class RuleFixture {

    static final Caller ROOT = new Caller("simple/root", true);
    static final Caller ALICE = new Caller("simple/alice", false);
    static final Caller BOB = new Caller("simple/bob", false);
    static final Caller CAROL = new Caller("simple/carol", false);
    static final Caller ANON = new Caller("anon/anon", false);

    static final int BIG_DATASETS = 50;
    static final int BIG_FILES = 20;

    private static final String MEMBER = " JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user";

    private final Date now = new Date();
    Facility facility;
    InvestigationType proposal;
    DatasetType raw;
    ParameterType energy;
    Investigation invA;
    Investigation invB;
    Dataset a1;
    Dataset b1;
    Dataset b2;

    void build(EntityManager em) {
        em.getTransaction().begin();
        facility = stamp(new Facility());
        facility.setName("ESRF");
        em.persist(facility);
        proposal = stamp(new InvestigationType());
        proposal.setName("proposal");
        proposal.setFacility(facility);
        em.persist(proposal);
        raw = stamp(new DatasetType());
        raw.setName("raw");
        raw.setFacility(facility);
        em.persist(raw);
        energy = stamp(new ParameterType());
        energy.setName("energy");
        energy.setUnits("keV");
        energy.setValueType(ParameterValueType.NUMERIC);
        energy.setApplicableToDataset(true);
        energy.setFacility(facility);
        em.persist(energy);

        User alice = user(em, ALICE);
        user(em, BOB);
        User carol = user(em, CAROL);

        invA = investigation(em, "INV-A");
        member(em, invA, alice);
        a1 = dataset(em, invA, "A1", 2, null);
        parameter(em, a1, 42.5);
        dataset(em, invA, "A2", 1, null);

        invB = investigation(em, "INV-B");
        b1 = dataset(em, invB, "B1", 1, null);
        parameter(em, b1, 17.0);
        b2 = dataset(em, invB, "B2", 3, "10.15151/ESRF-DC-B2");

        Investigation big = investigation(em, "BIG");
        member(em, big, alice);
        for (int i = 0; i < BIG_DATASETS; i++) {
            dataset(em, big, String.format("big%02d", i), BIG_FILES, null);
        }

        rule(em, "R", "SELECT f FROM Facility f", null);
        rule(em, "R", "DatasetType", null);
        // Both dialects (contract 4.4): members' rules for Investigation and Datafile in the concise form.
        rule(em, "R", "Investigation <-> InvestigationUser <-> User [name = :user]", null);
        rule(em, "R", "SELECT ds FROM Dataset ds JOIN ds.investigation i" + MEMBER, null);
        rule(em, "R", "Datafile <-> Dataset <-> Investigation <-> InvestigationUser <-> User [name=:user]", null);
        rule(em, "R", "SELECT p FROM DatasetParameter p JOIN p.dataset ds JOIN ds.investigation i" + MEMBER, null);
        rule(em, "R", "SELECT ds FROM Dataset ds WHERE ds.doi IS NOT NULL", null);
        // As the demo and ICAT's installation guide: users are public, members read their co-members' links.
        rule(em, "R", "SELECT x FROM User x", null);
        rule(em, "R", "InvestigationUser <-> Investigation <-> InvestigationUser <-> User [name = :user]", null);
        // A rule that does not compile (unknown field) grants nothing and breaks nothing.
        rule(em, "R", "Datafile <-> Dataset [nosuch = 'B1']", null);

        Grouping staff = grouping(em, "staff");
        membership(em, staff, carol);
        // Concise rule with a grouping: staff read B1's datafiles (plus everything through the PublicStep).
        rule(em, "R", "Datafile <-> Dataset [name = 'B1']", staff);
        rule(em, "CRUD", "SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE i.name = 'INV-B'", staff);
        Grouping ghosts = grouping(em, "ghosts");
        rule(em, "R", "Datafile", ghosts);

        PublicStep step = stamp(new PublicStep());
        step.setOrigin("Dataset");
        step.setField("datafiles");
        em.persist(step);
        em.getTransaction().commit();
    }

    private User user(EntityManager em, Caller caller) {
        User user = stamp(new User());
        user.setName(caller.userName());
        em.persist(user);
        return user;
    }

    private Investigation investigation(EntityManager em, String name) {
        Investigation investigation = stamp(new Investigation());
        investigation.setName(name);
        investigation.setVisitId("1");
        investigation.setTitle("Investigation " + name);
        investigation.setFacility(facility);
        investigation.setType(proposal);
        em.persist(investigation);
        return investigation;
    }

    private void member(EntityManager em, Investigation investigation, User user) {
        InvestigationUser link = stamp(new InvestigationUser());
        link.setRole("principal_experimenter");
        link.setInvestigation(investigation);
        link.setUser(user);
        em.persist(link);
    }

    private Dataset dataset(EntityManager em, Investigation investigation, String name, int files, String doi) {
        Dataset dataset = stamp(new Dataset());
        dataset.setName(name);
        dataset.setDoi(doi);
        dataset.setInvestigation(investigation);
        dataset.setType(raw);
        em.persist(dataset);
        for (int i = 0; i < files; i++) {
            Datafile file = stamp(new Datafile());
            file.setName(name + "_" + i + ".h5");
            file.setDataset(dataset);
            em.persist(file);
        }
        return dataset;
    }

    private void parameter(EntityManager em, Dataset dataset, double value) {
        DatasetParameter parameter = stamp(new DatasetParameter());
        parameter.setType(energy);
        parameter.setNumericValue(value);
        parameter.setDataset(dataset);
        em.persist(parameter);
    }

    private Grouping grouping(EntityManager em, String name) {
        Grouping grouping = stamp(new Grouping());
        grouping.setName(name);
        em.persist(grouping);
        return grouping;
    }

    private void membership(EntityManager em, Grouping grouping, User user) {
        UserGroup link = stamp(new UserGroup());
        link.setGrouping(grouping);
        link.setUser(user);
        em.persist(link);
    }

    Rule rule(EntityManager em, String flags, String what, Grouping grouping) {
        Rule rule = stamp(new Rule());
        rule.setCrudFlags(flags);
        rule.setWhat(what);
        rule.setGrouping(grouping);
        em.persist(rule);
        return rule;
    }

    <T extends EntityBase> T stamp(T entity) {
        entity.markCreated(ROOT.userName(), now);
        return entity;
    }
}
