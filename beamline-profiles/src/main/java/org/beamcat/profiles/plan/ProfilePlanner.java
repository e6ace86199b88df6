package org.beamcat.profiles.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatException;
import org.beamcat.profiles.plan.VocabularyCatalogue.CatalogueInstrument;
import org.beamcat.profiles.plan.VocabularyCatalogue.CatalogueParameterType;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.BeamlineProfile.DatafileFormat;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;

/**
 * Compares a profile with the catalogue and lists the writes that make the catalogue hold it. Rules:
 * <ul>
 * <li>what is missing is created; an instrument or parameter type whose fields differ is updated;</li>
 * <li>nothing is deleted: a parameter the beamline's datasets use but the profile no longer names, and a
 *     permissible value the profile dropped, are reported as kept;</li>
 * <li>a parameter type's units or value type change only while no value uses the type (the values would change
 *     meaning otherwise): with values, the change is refused and reported, its other fields still update.</li>
 * </ul>
 * Parameter types, dataset types and formats belong to the facility, so beamlines share them by name.
 */
public final class ProfilePlanner {

    private final VocabularyCatalogue catalogue;

    public ProfilePlanner(VocabularyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ProfilePlan plan(BeamlineProfile profile) throws IcatException {
        String beamline = profile.instrument().name();
        Optional<Long> facility = catalogue.facility(profile.instrument().facility());
        if (facility.isEmpty()) {
            return new ProfilePlan(beamline, 0, List.of(), List.of(), List.of("facility "
                    + profile.instrument().facility() + " is not in the catalogue: create it first (the demo loader"
                    + " or an ICAT administrator does), then apply the profile"));
        }
        long id = facility.get();
        List<Change> changes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        instrument(id, profile, changes);
        Set<String> datasetTypes = catalogue.datasetTypes(id);
        profile.datasetTypes().stream().filter(t -> !datasetTypes.contains(t))
                .forEach(t -> changes.add(new Change.CreateDatasetType(t)));
        Set<String> formats = catalogue.datafileFormats(id);
        for (DatafileFormat format : profile.datafileFormats()) {
            if (!formats.contains(format.name() + " " + format.version())) {
                changes.add(new Change.CreateDatafileFormat(format));
            }
        }
        Set<String> names = profile.parameters().stream().map(Parameter::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<CatalogueParameterType>> existing = catalogue.parameterTypes(id, names).stream()
                .collect(Collectors.groupingBy(CatalogueParameterType::name));
        for (Parameter parameter : profile.parameters()) {
            parameter(parameter, existing.getOrDefault(parameter.name(), List.of()), changes, kept, refused);
        }
        for (Map.Entry<String, Long> used : catalogue.parametersInUse(id, beamline).entrySet()) {
            if (!names.contains(used.getKey())) {
                kept.add("parameter type " + used.getKey() + ": not in the profile, but " + used.getValue()
                        + " values on " + beamline + " datasets use it; kept (vocabulary is never deleted)");
            }
        }
        return new ProfilePlan(beamline, id, changes, kept, refused);
    }

    private void instrument(long facility, BeamlineProfile profile, List<Change> changes) throws IcatException {
        BeamlineProfile.Instrument wanted = profile.instrument();
        Optional<CatalogueInstrument> existing = catalogue.instrument(facility, wanted.name());
        if (existing.isEmpty()) {
            changes.add(new Change.CreateInstrument(new CatalogueInstrument(0, wanted.name(), wanted.fullName(),
                    wanted.type(), profile.instrumentDescription(), wanted.url())));
            return;
        }
        CatalogueInstrument now = existing.get();
        List<String> fields = new ArrayList<>();
        differs(fields, "fullName", now.fullName(), wanted.fullName());
        differs(fields, "type", now.type(), wanted.type());
        differs(fields, "description", now.description(), profile.instrumentDescription());
        if (wanted.url() != null) {
            differs(fields, "url", now.url(), wanted.url());
        }
        if (!fields.isEmpty()) {
            changes.add(new Change.UpdateInstrument(new CatalogueInstrument(now.id(), now.name(), wanted.fullName(),
                    wanted.type(), profile.instrumentDescription(), wanted.url() != null ? wanted.url() : now.url()),
                    fields));
        }
    }

    private void parameter(Parameter wanted, List<CatalogueParameterType> sameName, List<Change> changes,
            List<String> kept, List<String> refused) throws IcatException {
        if (sameName.isEmpty()) {
            changes.add(new Change.CreateParameterType(wanted));
            return;
        }
        // ICAT keys parameter types by name and units: prefer the one with the profile's units.
        CatalogueParameterType now = sameName.stream().filter(t -> t.units().equals(wanted.units())).findFirst()
                .orElse(sameName.get(0));
        String units = wanted.units();
        String valueType = wanted.valueType();
        if (!now.units().equals(units) || !now.valueType().equals(valueType)) {
            long values = catalogue.valuesOf(now.id());
            if (values > 0) {
                refused.add("parameter type " + wanted.name() + ": units/value type " + now.units() + "/"
                        + now.valueType() + " -> " + units + "/" + valueType + " refused: " + values
                        + " values use it and would change meaning (name a new parameter instead)");
                units = now.units();
                valueType = now.valueType();
            }
        }
        List<String> fields = new ArrayList<>();
        differs(fields, "units", now.units(), units);
        differs(fields, "valueType", now.valueType(), valueType);
        differs(fields, "description", now.description(), wanted.catalogueDescription());
        if (!fields.isEmpty()) {
            changes.add(new Change.UpdateParameterType(now.id(), wanted.name(), units, valueType,
                    wanted.catalogueDescription(), fields));
        }
        for (String value : wanted.permissibleValues()) {
            if (!now.permissibleValues().contains(value)) {
                changes.add(new Change.AddPermissibleValue(now.id(), wanted.name(), value));
            }
        }
        for (String value : now.permissibleValues()) {
            if (!wanted.permissibleValues().contains(value)) {
                kept.add("permissible value '" + value + "' of " + wanted.name()
                        + ": not in the profile; kept (values may use it)");
            }
        }
    }

    private static void differs(List<String> fields, String field, String now, String wanted) {
        if (!Objects.equals(now, wanted)) {
            fields.add(field + " '" + (now == null ? "" : now) + "' -> '" + (wanted == null ? "" : wanted) + "'");
        }
    }
}
