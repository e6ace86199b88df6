package org.beamcat.profiles.plan;

import java.util.List;
import org.beamcat.icat.client.IcatException;
import org.beamcat.profiles.plan.VocabularyCatalogue.CatalogueInstrument;
import org.beamcat.profiles.profile.BeamlineProfile.DatafileFormat;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;

/** One write a profile needs in the catalogue: what the dry run prints, and what apply does. */
public sealed interface Change {

    /** One line for people, e.g. "create parameter type SAXS_concentration [mg/ml, NUMERIC]". */
    String describe();

    void apply(VocabularyCatalogue catalogue, long facility) throws IcatException;

    record CreateInstrument(CatalogueInstrument instrument) implements Change {
        public String describe() {
            return "create instrument " + instrument.name() + " (" + instrument.fullName() + ")";
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.createInstrument(facility, instrument);
        }
    }

    record UpdateInstrument(CatalogueInstrument instrument, List<String> fields) implements Change {
        public String describe() {
            return "update instrument " + instrument.name() + ": " + String.join(", ", fields);
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.updateInstrument(instrument);
        }
    }

    record CreateDatasetType(String name) implements Change {
        public String describe() {
            return "create dataset type " + name;
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.createDatasetType(facility, name);
        }
    }

    record CreateDatafileFormat(DatafileFormat format) implements Change {
        public String describe() {
            return "create datafile format " + format.name() + " version " + format.version();
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.createDatafileFormat(facility, format);
        }
    }

    record CreateParameterType(Parameter parameter) implements Change {
        public String describe() {
            return "create parameter type " + parameter.name() + " [" + parameter.units() + ", "
                    + parameter.valueType() + "] at " + parameter.catalogueDescription()
                    + (parameter.permissibleValues().isEmpty() ? "" : " values " + parameter.permissibleValues());
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.createParameterType(facility, parameter);
        }
    }

    record UpdateParameterType(long id, String name, String units, String valueType, String description,
            List<String> fields) implements Change {
        public String describe() {
            return "update parameter type " + name + ": " + String.join(", ", fields);
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.updateParameterType(id, units, valueType, description);
        }
    }

    record AddPermissibleValue(long parameterType, String name, String value) implements Change {
        public String describe() {
            return "add permissible value '" + value + "' to " + name;
        }

        public void apply(VocabularyCatalogue catalogue, long facility) throws IcatException {
            catalogue.addPermissibleValue(parameterType, value);
        }
    }
}
