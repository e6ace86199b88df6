package org.beamcat.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.demo.DemoInvestigations.Dataset;
import org.beamcat.demo.DemoInvestigations.Investigation;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.profiles.icat.IcatVocabularyCatalogue;
import org.beamcat.profiles.plan.ProfileApplication;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;

/**
 * Loads the demo facility step by step; each step first looks for what it would create (by the entity's
 * unique key) and leaves it alone when it is there, so running the loader again changes nothing.
 */
final class DemoFacility {

    static final List<String> USERS = List.of("root", "alice", "bob");

    private final CatalogueAccount catalogue;
    private final DemoFiles files;
    private final DemoReport report = new DemoReport();
    private final DemoBeamlines beamlines = DemoBeamlines.load();

    DemoFacility(CatalogueAccount catalogue, DemoFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    DemoReport load() throws IcatException, IOException {
        long facility = facility();
        users();
        rules();
        for (Investigation investigation : DemoInvestigations.ALL) {
            investigation(facility, investigation);
        }
        return report;
    }

    private long facility() throws IcatException {
        Optional<Long> existing = catalogue.findNumber(IcatQuery.of("SELECT f.id FROM Facility f WHERE f.name = :name")
                .with("name", DemoBeamlines.FACILITY));
        long id;
        if (existing.isPresent()) {
            report.present("facility " + DemoBeamlines.FACILITY);
            id = existing.get();
        } else {
            id = catalogue.create("Facility", Json.createObjectBuilder()
                    .add("name", DemoBeamlines.FACILITY)
                    .add("fullName", "European Synchrotron Radiation Facility")
                    .add("url", "https://www.esrf.fr")
                    .add("daysUntilRelease", 3 * 365)
                    .add("investigationTypes", named(DemoBeamlines.INVESTIGATION_TYPES))
                    .build());
            report.created("facility " + DemoBeamlines.FACILITY);
        }
        beamlines();
        return id;
    }

    /** Applies the demo beamlines' shipped profiles, as an operator would; a second run changes nothing. */
    private void beamlines() throws IcatException {
        ProfileApplication application = new ProfileApplication(new IcatVocabularyCatalogue(catalogue));
        for (BeamlineProfile profile : beamlines.profiles()) {
            ProfileApplication.Outcome outcome = application.apply(profile);
            String beamline = "beamline " + profile.instrument().name() + " (profile)";
            if (!outcome.applied().refused().isEmpty()) {
                throw new IllegalStateException(beamline + ": " + String.join("; ", outcome.applied().refused()));
            }
            if (outcome.done().isEmpty()) {
                report.present(beamline);
            } else {
                report.created(beamline + ": " + outcome.done().size() + " changes");
            }
        }
    }

    private void users() throws IcatException {
        for (String name : USERS) {
            String fullName = "simple/" + name;
            if (catalogue.findNumber(IcatQuery.of("SELECT u.id FROM User u WHERE u.name = :name").with("name", fullName))
                    .isPresent()) {
                report.present("user " + fullName);
                continue;
            }
            catalogue.create("User", Json.createObjectBuilder().add("name", fullName)
                    .add("fullName", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (demo)").build());
            report.created("user " + fullName);
        }
    }

    private void rules() throws IcatException {
        // Its own first rule, not "any rule": the DOI service's embargo job adds public rules of its own.
        if (catalogue.findNumber(IcatQuery.of("SELECT r.id FROM Rule r WHERE r.what = :what")
                .with("what", DemoRules.READ_FOR_EVERYONE.get(0))).isPresent()) {
            report.present("rules");
            return;
        }
        List<JsonObject> rules = new ArrayList<>();
        for (String what : DemoRules.READ_FOR_EVERYONE) {
            rules.add(rule(what));
        }
        for (String what : DemoRules.READ_FOR_MEMBERS) {
            rules.add(rule(what));
        }
        catalogue.write(rules);
        report.created(rules.size() + " read rules");
    }

    private void investigation(long facility, Investigation investigation) throws IcatException, IOException {
        if (catalogue.findNumber(IcatQuery.of("SELECT i.id FROM Investigation i WHERE i.facility.id = :facility"
                + " AND i.name = :name AND i.visitId = :visit").with("facility", facility)
                .with("name", investigation.name()).with("visit", investigation.visitId())).isPresent()) {
            report.present("investigation " + investigation.name());
            return;
        }
        JsonArrayBuilder samples = Json.createArrayBuilder();
        investigation.samples().forEach(sample -> samples.add(Json.createObjectBuilder().add("name", sample)));
        long id = catalogue.create("Investigation", Json.createObjectBuilder()
                .add("name", investigation.name()).add("visitId", investigation.visitId())
                .add("title", investigation.title()).add("summary", investigation.summary())
                .add("startDate", investigation.start()).add("endDate", investigation.end())
                .add("facility", ref(facility))
                .add("type", ref(idOf("InvestigationType", facility, "experiment")))
                .add("investigationInstruments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("instrument", ref(idOf("Instrument", facility, investigation.instrument())))))
                .add("investigationUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "principal_investigator")
                        .add("user", ref(userId(investigation.principalInvestigator())))))
                .add("samples", samples)
                .build());
        List<JsonObject> datasets = new ArrayList<>();
        for (Dataset dataset : investigation.datasets()) {
            datasets.add(dataset(facility, id, investigation, dataset));
        }
        catalogue.write(datasets);
        report.created("investigation " + investigation.name() + " with " + datasets.size() + " datasets");
    }

    private JsonObject dataset(long facility, long investigationId, Investigation investigation, Dataset dataset)
            throws IcatException, IOException {
        String folder = investigation.folder(dataset);
        JsonArrayBuilder datafiles = Json.createArrayBuilder();
        if (dataset.scanPoints() > 0) {
            String location = folder + "/" + dataset.name() + ".dat";
            datafiles.add(datafile(location, files.writeScan(location, dataset.scanPoints()),
                    idOf("DatafileFormat", facility, "spec")));
        }
        for (int frame = 0; frame < dataset.frames(); frame++) {
            String location = String.format("%s/frames/frame_%04d.raw", folder, frame);
            datafiles.add(datafile(location, files.writeFrame(location, 256 * 1024),
                    idOf("DatafileFormat", facility, "raw")));
        }
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (Map.Entry<String, String> parameter : dataset.parameters().entrySet()) {
            parameters.add(parameter(facility, parameter.getKey(), parameter.getValue()));
        }
        long sample = catalogue.findNumber(IcatQuery.of("SELECT s.id FROM Sample s WHERE s.investigation.id = :investigation"
                + " AND s.name = :name").with("investigation", investigationId).with("name", dataset.sample()))
                .orElseThrow();
        return Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                .add("name", dataset.name()).add("location", folder).add("complete", true)
                .add("startDate", investigation.start()).add("endDate", investigation.end())
                .add("investigation", ref(investigationId)).add("sample", ref(sample))
                .add("type", ref(idOf("DatasetType", facility, dataset.type())))
                .add("datafiles", datafiles).add("parameters", parameters)).build();
    }

    private JsonObjectBuilder datafile(String location, long size, long format) {
        return Json.createObjectBuilder().add("name", location.substring(location.lastIndexOf('/') + 1))
                .add("location", location).add("fileSize", size).add("datafileFormat", ref(format));
    }

    private JsonObjectBuilder parameter(long facility, String name, String value) throws IcatException {
        Parameter type = beamlines.parameter(name);
        JsonObjectBuilder parameter = Json.createObjectBuilder().add("type", ref(idOf("ParameterType", facility, name)));
        return type.valueType().equals("NUMERIC")
                ? parameter.add("numericValue", Double.parseDouble(value))
                : parameter.add("stringValue", value);
    }

    private long idOf(String entity, long facility, String name) throws IcatException {
        return catalogue.findNumber(IcatQuery.of("SELECT x.id FROM :entity x WHERE x.facility.id = :facility AND x.name = :name")
                .withEntity("entity", entity).with("facility", facility).with("name", name)).orElseThrow(() -> new IllegalStateException(entity + " " + name));
    }

    private long userId(String name) throws IcatException {
        return catalogue.findNumber(IcatQuery.of("SELECT u.id FROM User u WHERE u.name = :name").with("name", "simple/" + name))
                .orElseThrow();
    }

    /** {@code {"id": n}}: how a to-one reference is written. */
    private static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }

    private static JsonObject rule(String what) {
        return Json.createObjectBuilder().add("Rule",
                Json.createObjectBuilder().add("crudFlags", "R").add("what", what)).build();
    }

    private static JsonArrayBuilder named(List<String> names) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        names.forEach(name -> array.add(Json.createObjectBuilder().add("name", name)));
        return array;
    }
}
