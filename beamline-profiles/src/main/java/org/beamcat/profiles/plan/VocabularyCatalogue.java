package org.beamcat.profiles.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.profiles.profile.BeamlineProfile.DatafileFormat;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;

/**
 * What applying a beamline profile needs of the catalogue: read a facility's reference data, and create or
 * update it. Nothing here deletes. One adapter over the ICAT REST API ({@code IcatVocabularyCatalogue}) and
 * an in-memory fake in the tests.
 */
public interface VocabularyCatalogue {

    Optional<Long> facility(String name) throws IcatException;

    Optional<CatalogueInstrument> instrument(long facility, String name) throws IcatException;

    Set<String> datasetTypes(long facility) throws IcatException;

    /** Keys {@code "<name> <version>"} of the facility's datafile formats. */
    Set<String> datafileFormats(long facility) throws IcatException;

    /** The facility's parameter types with these names (ICAT keys them by name and units). */
    List<CatalogueParameterType> parameterTypes(long facility, Set<String> names) throws IcatException;

    /** How many parameter values (of any entity) use the type. */
    long valuesOf(long parameterType) throws IcatException;

    /** Names of the parameter types the datasets of the instrument's investigations use, with their counts. */
    Map<String, Long> parametersInUse(long facility, String instrument) throws IcatException;

    void createInstrument(long facility, CatalogueInstrument instrument) throws IcatException;

    void updateInstrument(CatalogueInstrument instrument) throws IcatException;

    void createDatasetType(long facility, String name) throws IcatException;

    void createDatafileFormat(long facility, DatafileFormat format) throws IcatException;

    void createParameterType(long facility, Parameter parameter) throws IcatException;

    /** Sets units, value type and description of the type with this id. */
    void updateParameterType(long id, String units, String valueType, String description) throws IcatException;

    void addPermissibleValue(long parameterType, String value) throws IcatException;

    /** An Instrument as the catalogue holds it; {@code id} is 0 before it is created. */
    record CatalogueInstrument(long id, String name, String fullName, String type, String description, String url) {
    }

    record CatalogueParameterType(long id, String name, String units, String valueType, String description,
            List<String> permissibleValues) {

        public CatalogueParameterType {
            permissibleValues = List.copyOf(permissibleValues);
        }
    }
}
