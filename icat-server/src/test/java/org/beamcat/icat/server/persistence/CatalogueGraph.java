package org.beamcat.icat.server.persistence;

import jakarta.persistence.EntityManager;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.beamcat.icat.server.entity.Application;
import org.beamcat.icat.server.entity.DataCollection;
import org.beamcat.icat.server.entity.DataCollectionDatafile;
import org.beamcat.icat.server.entity.DataCollectionDataset;
import org.beamcat.icat.server.entity.DataCollectionParameter;
import org.beamcat.icat.server.entity.Datafile;
import org.beamcat.icat.server.entity.DatafileFormat;
import org.beamcat.icat.server.entity.DatafileParameter;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.DatasetParameter;
import org.beamcat.icat.server.entity.DatasetType;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.FacilityCycle;
import org.beamcat.icat.server.entity.Grouping;
import org.beamcat.icat.server.entity.Instrument;
import org.beamcat.icat.server.entity.InstrumentScientist;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.entity.InvestigationGroup;
import org.beamcat.icat.server.entity.InvestigationInstrument;
import org.beamcat.icat.server.entity.InvestigationParameter;
import org.beamcat.icat.server.entity.InvestigationType;
import org.beamcat.icat.server.entity.InvestigationUser;
import org.beamcat.icat.server.entity.Job;
import org.beamcat.icat.server.entity.Keyword;
import org.beamcat.icat.server.entity.Parameter;
import org.beamcat.icat.server.entity.ParameterType;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.beamcat.icat.server.entity.PermissibleStringValue;
import org.beamcat.icat.server.entity.PublicStep;
import org.beamcat.icat.server.entity.Publication;
import org.beamcat.icat.server.entity.RelatedDatafile;
import org.beamcat.icat.server.entity.Rule;
import org.beamcat.icat.server.entity.Sample;
import org.beamcat.icat.server.entity.SampleParameter;
import org.beamcat.icat.server.entity.SampleType;
import org.beamcat.icat.server.entity.Shift;
import org.beamcat.icat.server.entity.Study;
import org.beamcat.icat.server.entity.StudyInvestigation;
import org.beamcat.icat.server.entity.StudyStatus;
import org.beamcat.icat.server.entity.User;
import org.beamcat.icat.server.entity.UserGroup;

/**
 * A small but complete facility, shaped like an ESRF tomography beamline's catalogue, that touches all
 * 38 entities. Built through the to-many collections and persisted by cascade, the way ICAT's nested
 * create works. Every graph has its own tag, so several can live in one database.
 */
final class CatalogueGraph {

    static final String CREATOR = "simple/root";
    static final Date START = new Date(1_709_287_200_123L); // 2024-03-01T10:00:00.123Z: milliseconds must survive

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Date now = new Date();

    final User alice = stamp(new User());
    final Grouping members = stamp(new Grouping());
    final DataCollection collection = stamp(new DataCollection());
    final Study study = stamp(new Study());
    final PublicStep publicStep = stamp(new PublicStep());
    final Facility facility = stamp(new Facility());
    final Instrument instrument = stamp(new Instrument());
    final ParameterType energy = stamp(new ParameterType());
    final Investigation investigation = stamp(new Investigation());
    final Dataset dataset = stamp(new Dataset());

    CatalogueGraph(int datafileCount) {
        alice.setName("db/alice-" + tag);
        alice.setFullName("Alice Experimenter");
        alice.setOrcidId("0000-0002-1825-0097");
        members.setName("members-" + tag);
        publicStep.setOrigin("Ds" + tag);
        publicStep.setField("datafiles");
        facility.setName("ESRF-" + tag);
        facility.setFullName("European Synchrotron Radiation Facility");
        facility.setDaysUntilRelease(1095);

        instrument.setName("ID11");
        instrument.setFullName("Materials science beamline");
        attach(facility, instrument, facility.getInstruments(), instrument::setFacility);
        InvestigationType proposal = stamp(new InvestigationType());
        proposal.setName("proposal");
        attach(facility, proposal, facility.getInvestigationTypes(), proposal::setFacility);
        DatasetType raw = stamp(new DatasetType());
        raw.setName("raw");
        attach(facility, raw, facility.getDatasetTypes(), raw::setFacility);
        DatafileFormat hdf5 = stamp(new DatafileFormat());
        hdf5.setName("HDF5");
        hdf5.setVersion("1.10");
        attach(facility, hdf5, facility.getDatafileFormats(), hdf5::setFacility);
        SampleType powder = stamp(new SampleType());
        powder.setName("powder");
        powder.setMolecularFormula("Fe2O3");
        attach(facility, powder, facility.getSampleTypes(), powder::setFacility);
        FacilityCycle cycle = stamp(new FacilityCycle());
        cycle.setName("2024-I");
        cycle.setStartDate(START);
        attach(facility, cycle, facility.getFacilityCycles(), cycle::setFacility);
        Application reconstruction = stamp(new Application());
        reconstruction.setName("nabu");
        reconstruction.setVersion("2024.1");
        attach(facility, reconstruction, facility.getApplications(), reconstruction::setFacility);

        energy.setName("InstrumentMonochromator_energy");
        energy.setUnits("keV");
        energy.setValueType(ParameterValueType.NUMERIC);
        energy.setApplicableToDataset(true);
        energy.setApplicableToDatafile(true);
        energy.setApplicableToInvestigation(true);
        energy.setApplicableToSample(true);
        energy.setApplicableToDataCollection(true);
        energy.setMinimumNumericValue(5.0);
        energy.setMaximumNumericValue(150.0);
        attach(facility, energy, facility.getParameterTypes(), energy::setFacility);
        ParameterType definition = stamp(new ParameterType());
        definition.setName("definition");
        definition.setUnits("NA");
        definition.setValueType(ParameterValueType.STRING);
        definition.setEnforced(true);
        attach(facility, definition, facility.getParameterTypes(), definition::setFacility);
        PermissibleStringValue tomo = stamp(new PermissibleStringValue());
        tomo.setValue("TOMO");
        attach(definition, tomo, definition.getPermissibleStringValues(), tomo::setType);

        investigation.setName("MA" + tag);
        investigation.setVisitId("id11-20240301");
        investigation.setTitle("In situ tomography of iron oxide reduction");
        investigation.setStartDate(START);
        investigation.setType(proposal);
        attach(facility, investigation, facility.getInvestigations(), investigation::setFacility);
        addInvestigationLinks(cycle);

        Sample sample = stamp(new Sample());
        sample.setName("Fe2O3_pellet_1");
        sample.setType(powder);
        attach(investigation, sample, investigation.getSamples(), sample::setInvestigation);
        SampleParameter sampleEnergy = parameter(new SampleParameter(), energy, 40.0);
        attach(sample, sampleEnergy, sample.getParameters(), sampleEnergy::setSample);

        dataset.setName("Fe2O3_pellet_1_0001");
        dataset.setLocation("/data/visitor/ma" + tag + "/id11/20240301/RAW_DATA/Fe2O3_pellet_1_0001");
        dataset.setStartDate(START);
        dataset.setComplete(true);
        dataset.setType(raw);
        dataset.setSample(sample);
        attach(investigation, dataset, investigation.getDatasets(), dataset::setInvestigation);
        DatasetParameter datasetEnergy = parameter(new DatasetParameter(), energy, 42.5);
        datasetEnergy.setError(0.01);
        attach(dataset, datasetEnergy, dataset.getParameters(), datasetEnergy::setDataset);
        DatasetParameter datasetDefinition = stamp(new DatasetParameter());
        datasetDefinition.setType(definition);
        datasetDefinition.setStringValue("TOMO");
        attach(dataset, datasetDefinition, dataset.getParameters(), datasetDefinition::setDataset);

        for (int i = 0; i < datafileCount; i++) {
            Datafile file = stamp(new Datafile());
            file.setName(String.format("scan%04d.h5", i));
            file.setLocation(dataset.getLocation() + "/" + file.getName());
            file.setFileSize(1_048_576L + i);
            file.setDatafileFormat(hdf5);
            attach(dataset, file, dataset.getDatafiles(), file::setDataset);
        }
        addDatafileLinks(reconstruction);
    }

    /** Users and groupings are not below the facility, so they are persisted first; the rest cascades. */
    void persist(EntityManager em) {
        em.persist(alice);
        em.persist(members);
        em.persist(facility);
        em.persist(collection);
        em.persist(study);
        em.persist(publicStep);
    }

    private void addInvestigationLinks(FacilityCycle cycle) {
        InvestigationUser pi = stamp(new InvestigationUser());
        pi.setRole("principal_experimenter");
        pi.setUser(alice);
        attach(investigation, pi, investigation.getInvestigationUsers(), pi::setInvestigation);
        InvestigationInstrument usedInstrument = stamp(new InvestigationInstrument());
        usedInstrument.setInstrument(instrument);
        attach(investigation, usedInstrument, investigation.getInvestigationInstruments(),
                usedInstrument::setInvestigation);
        InvestigationGroup readers = stamp(new InvestigationGroup());
        readers.setRole("reader");
        readers.setGrouping(members);
        attach(investigation, readers, investigation.getInvestigationGroups(), readers::setInvestigation);
        InvestigationParameter proposalEnergy = parameter(new InvestigationParameter(), energy, 42.0);
        attach(investigation, proposalEnergy, investigation.getParameters(), proposalEnergy::setInvestigation);
        Keyword keyword = stamp(new Keyword());
        keyword.setName("tomography");
        attach(investigation, keyword, investigation.getKeywords(), keyword::setInvestigation);
        Publication paper = stamp(new Publication());
        paper.setFullReference("A. Experimenter, J. Synchrotron Rad. 31 (2024) 1");
        attach(investigation, paper, investigation.getPublications(), paper::setInvestigation);
        Shift shift = stamp(new Shift());
        shift.setStartDate(START);
        shift.setEndDate(new Date(START.getTime() + 8 * 3_600_000L));
        shift.setInstrument(instrument);
        attach(investigation, shift, investigation.getShifts(), shift::setInvestigation);

        UserGroup membership = stamp(new UserGroup());
        membership.setUser(alice);
        attach(members, membership, members.getUserGroups(), membership::setGrouping);
        Rule readRule = stamp(new Rule());
        readRule.setCrudFlags("R");
        readRule.setWhat("SELECT i FROM Investigation i");
        attach(members, readRule, members.getRules(), readRule::setGrouping);
        InstrumentScientist scientist = stamp(new InstrumentScientist());
        scientist.setUser(alice);
        attach(instrument, scientist, instrument.getInstrumentScientists(), scientist::setInstrument);

        study.setName("Iron oxides " + tag);
        study.setStatus(StudyStatus.IN_PROGRESS);
        study.setUser(alice);
        StudyInvestigation member = stamp(new StudyInvestigation());
        member.setInvestigation(investigation);
        attach(study, member, study.getStudyInvestigations(), member::setStudy);
        cycle.setDescription("First run of " + tag);
    }

    private void addDatafileLinks(Application reconstruction) {
        if (dataset.getDatafiles().size() < 2) {
            return;
        }
        Datafile first = dataset.getDatafiles().get(0);
        Datafile second = dataset.getDatafiles().get(1);
        DatafileParameter fileEnergy = parameter(new DatafileParameter(), energy, 42.5);
        attach(first, fileEnergy, first.getParameters(), fileEnergy::setDatafile);
        RelatedDatafile derived = stamp(new RelatedDatafile());
        derived.setRelation("derived");
        derived.setDestDatafile(second);
        attach(first, derived, first.getSourceDatafiles(), derived::setSourceDatafile);

        collection.setDoi("10.15151/ESRF-DC-" + tag);
        DataCollectionDataset withDataset = stamp(new DataCollectionDataset());
        withDataset.setDataset(dataset);
        attach(collection, withDataset, collection.getDataCollectionDatasets(), withDataset::setDataCollection);
        DataCollectionDatafile withFile = stamp(new DataCollectionDatafile());
        withFile.setDatafile(first);
        attach(collection, withFile, collection.getDataCollectionDatafiles(), withFile::setDataCollection);
        DataCollectionParameter collectionEnergy = parameter(new DataCollectionParameter(), energy, 42.5);
        attach(collection, collectionEnergy, collection.getParameters(), collectionEnergy::setDataCollection);
        Job job = stamp(new Job());
        job.setArguments("--phase paganin");
        job.setInputDataCollection(collection);
        attach(reconstruction, job, reconstruction.getJobs(), job::setApplication);
    }

    private <P extends Parameter> P parameter(P parameter, ParameterType type, double value) {
        stamp(parameter).setType(type);
        parameter.setNumericValue(value);
        return parameter;
    }

    private <T extends EntityBase> T stamp(T entity) {
        entity.markCreated(CREATOR, now);
        return entity;
    }

    /** Adds a child to its parent's collection and points the child back at the parent. */
    private static <P, C> void attach(P parent, C child, List<C> children, Consumer<P> setParent) {
        children.add(child);
        setParent.accept(parent);
    }
}
