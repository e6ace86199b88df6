package org.beamcat.bench;

import org.beamcat.icat.client.IcatQuery;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;

/**
 * Fills the catalogue to a {@link Scale} through the project's bulk path: POST entityManager with many
 * entities per call (datasets with their datafiles and parameters nested). It streams: one investigation
 * at a time, calls of about {@code batch} entities, nothing but the user ids kept in memory, so the ESRF
 * and larger sizes need no more heap than the quick one. The member user joins every tenth investigation.
 */
final class CatalogueGenerator {

    static final String PREFIX = "BENCH-";
    /**
     * One word of each generated title, investigation {@code i} getting {@code WORDS[i % WORDS.size()]}, so that a
     * word of a title finds a known share of the investigations (the search scenario asks for {@code WORDS[0]}).
     */
    static final List<String> WORDS = List.of("titanium", "zirconia", "basalt", "perovskite", "graphene", "cellulose",
            "magnetite", "dolomite", "lysozyme", "insulin", "quartz", "olivine", "chitin", "kaolinite", "spinel",
            "calcite", "gypsum", "hematite", "feldspar", "zeolite", "mullite", "apatite", "bauxite", "cobaltite",
            "enamel", "dentin", "keratin", "collagen", "silicene", "borophene", "hydrogel", "aerogel", "obsidian",
            "pumice", "marble", "granite", "ferrite", "austenite", "martensite", "bainite", "cementite", "pearlite",
            "ledeburite", "troilite", "taenite", "kamacite", "schreibersite", "cohenite", "moissanite", "lonsdaleite");
    /** The units of the generated dataset parameters, so that a parameter range is asked with units. */
    static final String UNITS = "keV";
    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 8, 0);

    private final Catalogue icat;
    private final Scale scale;
    private final int batch;
    private final long facility;
    private final long investigationType;
    private final long datasetType;
    private final long format;
    private final long instrument;
    private final long member;
    private List<Long> parameterTypes;
    private List<Long> users;

    private final List<JsonObject> pending = new ArrayList<>();
    private int pendingEntities;
    private long datasetsDone;
    private long datafilesDone;
    private long calls;
    private final long started = System.nanoTime();
    private long lastReport = started;

    CatalogueGenerator(Catalogue icat, Scale scale, int batch, String memberFullName) throws IcatException {
        this.icat = icat;
        this.scale = scale;
        this.batch = batch;
        facility = icat.idByName("Facility", "ESRF");
        investigationType = icat.idByName("InvestigationType", "experiment");
        datasetType = icat.idByName("DatasetType", "raw");
        format = icat.idByName("DatafileFormat", "raw");
        instrument = icat.idByName("Instrument", "ID11");
        member = icat.idByName("User", memberFullName);
    }

    long datasetsDone() {
        return datasetsDone;
    }

    long datafilesDone() {
        return datafilesDone;
    }

    long calls() {
        return calls;
    }

    void run() throws IcatException {
        if (icat.count(IcatQuery.of("SELECT COUNT(i) FROM Investigation i WHERE i.name LIKE :prefix ESCAPE '!'")
                .withLikePrefix("prefix", PREFIX)) > 0) {
            throw new IllegalStateException("the catalogue already holds generated investigations (" + PREFIX
                    + "…): generate into a fresh database");
        }
        parameterTypes = createParameterTypes((int) ((scale.datasetParameters() + scale.datasets() - 1)
                / scale.datasets()));
        users = createUsers();
        for (int i = 0; i < scale.investigations(); i++) {
            investigation(i);
        }
        flush();
        report(true);
    }

    private List<Long> createParameterTypes(int count) throws IcatException {
        List<JsonObject> types = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            types.add(entity("ParameterType", Json.createObjectBuilder().add("name", String.format("bench_p%02d", t))
                    .add("units", UNITS).add("valueType", "NUMERIC").add("applicableToDataset", true)
                    .add("facility", ref(facility))));
        }
        return icat.write(types);
    }

    private List<Long> createUsers() throws IcatException {
        List<Long> ids = new ArrayList<>(scale.users());
        List<JsonObject> chunk = new ArrayList<>();
        for (int u = 0; u < scale.users(); u++) {
            chunk.add(entity("User", Json.createObjectBuilder().add("name", String.format("bench/user_%05d", u))
                    .add("fullName", "Bench User " + u)));
            if (chunk.size() == batch || u == scale.users() - 1) {
                ids.addAll(icat.write(chunk));
                chunk.clear();
            }
        }
        return ids;
    }

    private void investigation(int i) throws IcatException {
        LocalDateTime start = start(i);
        JsonArrayBuilder people = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "principal_investigator")
                        .add("user", ref(users.get(i % users.size()))));
        if (users.size() > 1) {
            people.add(Json.createObjectBuilder().add("role", "member").add("user", ref(users.get((i + 1) % users.size()))));
        }
        if (i % 10 == 0) {
            people.add(Json.createObjectBuilder().add("role", "member").add("user", ref(member)));
        }
        JsonArrayBuilder samples = Json.createArrayBuilder();
        long sampleCount = Scale.share(scale.samples(), scale.investigations(), i);
        for (long s = 0; s < sampleCount; s++) {
            samples.add(Json.createObjectBuilder().add("name", sampleName(i, s)));
        }
        String name = String.format("%s%05d", PREFIX, i);
        long id = icat.write(List.of(entity("Investigation", Json.createObjectBuilder().add("name", name)
                .add("visitId", "v1").add("title", title(i))
                .add("startDate", date(start)).add("endDate", date(start.plusHours(16)))
                .add("facility", ref(facility)).add("type", ref(investigationType))
                .add("investigationInstruments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("instrument", ref(instrument))))
                .add("investigationUsers", people).add("samples", samples)))).get(0);
        calls++;
        JsonArray sampleIds = icat.search(IcatQuery.of("SELECT s.id FROM Sample s WHERE s.investigation.id = :id ORDER BY s.id")
                .with("id", id));
        long first = Scale.firstOf(scale.datasets(), scale.investigations(), i);
        long count = Scale.share(scale.datasets(), scale.investigations(), i);
        for (long d = first; d < first + count; d++) {
            Long sample = sampleIds.isEmpty() ? null : sampleIds.getJsonNumber((int) ((d - first) % sampleIds.size())).longValue();
            dataset(name, id, sample, d, start);
        }
    }

    private void dataset(String investigationName, long investigation, Long sample, long d, LocalDateTime start)
            throws IcatException {
        String name = String.format("ds_%07d", d);
        String location = "bench/" + investigationName + "/" + name;
        long files = Scale.share(scale.datafiles(), scale.datasets(), d);
        int params = (int) Scale.share(scale.datasetParameters(), scale.datasets(), d);
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (int p = 0; p < params; p++) {
            parameters.add(Json.createObjectBuilder().add("type", ref(parameterTypes.get(p))).add("numericValue", d + p));
        }
        long nested = Math.min(files, Math.max(1, batch - params - 1));
        JsonArrayBuilder datafiles = Json.createArrayBuilder();
        for (long f = 0; f < nested; f++) {
            datafiles.add(datafile(location, f));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("name", name).add("location", location)
                .add("complete", true).add("startDate", date(start)).add("endDate", date(start.plusHours(1)))
                .add("investigation", ref(investigation)).add("type", ref(datasetType))
                .add("datafiles", datafiles).add("parameters", parameters);
        if (sample != null) {
            dataset.add("sample", ref(sample));
        }
        int entities = (int) (1 + nested + params);
        if (nested == files) {
            if (pendingEntities + entities > batch) {
                flush();
            }
            pending.add(entity("Dataset", dataset));
            pendingEntities += entities;
        } else {
            // Larger than a call: the dataset with its first files, then the rest in calls of their own.
            flush();
            long id = icat.write(List.of(entity("Dataset", dataset))).get(0);
            calls++;
            for (long f = nested; f < files; f += batch) {
                List<JsonObject> chunk = new ArrayList<>();
                for (long g = f; g < Math.min(files, f + batch); g++) {
                    chunk.add(entity("Datafile", datafile(location, g).add("dataset", ref(id))));
                }
                icat.write(chunk);
                calls++;
            }
        }
        datasetsDone++;
        datafilesDone += files;
        report(false);
    }

    /** "Benchmark investigation 7 on dolomite": one word of {@link #WORDS} per title. */
    static String title(int investigation) {
        return "Benchmark investigation " + investigation + " on " + WORDS.get(investigation % WORDS.size());
    }

    /** Sample names unique in the catalogue, such as {@code s00010_01}, found whole by a search. */
    static String sampleName(int investigation, long sample) {
        return String.format("s%05d_%02d", investigation, sample);
    }

    /** The start of investigation {@code i} and its datasets (they end 16 h and 1 h later). */
    static LocalDateTime start(int investigation) {
        return EPOCH.plusHours(17L * investigation);
    }

    /** The name of a dataset's {@code f}-th datafile: every dataset has a {@code frame_0000042.edf} (at least 43 files). */
    static String datafileName(long f) {
        return String.format("frame_%07d.edf", f);
    }

    private JsonObjectBuilder datafile(String location, long f) {
        String name = datafileName(f);
        return Json.createObjectBuilder().add("name", name).add("location", location + "/" + name)
                .add("fileSize", 8_388_608L).add("datafileFormat", ref(format));
    }

    private void flush() throws IcatException {
        if (!pending.isEmpty()) {
            icat.write(pending);
            calls++;
            pending.clear();
            pendingEntities = 0;
        }
    }

    private void report(boolean last) {
        long now = System.nanoTime();
        if (last || now - lastReport > 15_000_000_000L) {
            lastReport = now;
            double seconds = (now - started) / 1e9;
            System.out.printf("generated %,d of %,d datasets, %,d of %,d datafiles in %.0f s (%.0f datafiles/s)%n",
                    datasetsDone, scale.datasets(), datafilesDone, scale.datafiles(), seconds, datafilesDone / seconds);
        }
    }

    private static JsonObject entity(String type, JsonObjectBuilder fields) {
        return Json.createObjectBuilder().add(type, fields).build();
    }

    private static JsonObjectBuilder ref(long id) {
        return Json.createObjectBuilder().add("id", id);
    }

    private static String date(LocalDateTime time) {
        return IcatDates.format(time.atOffset(ZoneOffset.UTC));
    }
}
