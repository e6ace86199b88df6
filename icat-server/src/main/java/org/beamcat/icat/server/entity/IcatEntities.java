package org.beamcat.icat.server.entity;

import java.util.List;

/**
 * The ICAT 4.7 entity classes, in one place: the entity model is built from this list, and the tests
 * check it against the persistence unit and the database so that no entity is forgotten anywhere.
 */
public final class IcatEntities {

    public static final List<Class<? extends EntityBase>> CLASSES = List.of(
            Application.class,
            DataCollection.class,
            DataCollectionDatafile.class,
            DataCollectionDataset.class,
            DataCollectionParameter.class,
            Datafile.class,
            DatafileFormat.class,
            DatafileParameter.class,
            Dataset.class,
            DatasetParameter.class,
            DatasetType.class,
            Facility.class,
            FacilityCycle.class,
            Grouping.class,
            Instrument.class,
            InstrumentScientist.class,
            Investigation.class,
            InvestigationGroup.class,
            InvestigationInstrument.class,
            InvestigationParameter.class,
            InvestigationType.class,
            InvestigationUser.class,
            Job.class,
            Keyword.class,
            ParameterType.class,
            PermissibleStringValue.class,
            PublicStep.class,
            Publication.class,
            RelatedDatafile.class,
            Rule.class,
            Sample.class,
            SampleParameter.class,
            SampleType.class,
            Shift.class,
            Study.class,
            StudyInvestigation.class,
            User.class,
            UserGroup.class
    );

    private IcatEntities() {
    }
}
