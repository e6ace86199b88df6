package org.beamcat.ingest.registration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;

/**
 * A catalogue in memory, answering registration's searches and writes ({@link RegistrationCatalogue}) and its
 * folder questions ({@link FolderRegistry}) from the same rows. Enforces what the real catalogue enforces and
 * registration relies on: dataset names unique per investigation, datafile names unique per dataset (a write
 * with a duplicate is refused whole), sample names unique per investigation. {@link #fail} makes a later call
 * of a named write fail, without writing anything.
 */
final class InMemoryRegistrationCatalogue implements RegistrationCatalogue, FolderRegistry {

    record Investigation(long id, String name, OffsetDateTime start, OffsetDateTime end, long facilityId,
            List<String> instruments) {
    }

    record Dataset(long id, long investigationId, String name, String location, long sampleId, long typeId,
            List<TypedParameters.Typed> parameters) {
    }

    record Datafile(long id, long datasetId, String name, String location, String description) {
    }

    record Job(long id, long applicationId, List<Long> inputs, long output) {
    }

    private long nextId = 1000;
    final List<Investigation> investigations = new ArrayList<>();
    final List<Dataset> datasets = new ArrayList<>();
    final List<Datafile> datafiles = new ArrayList<>();
    final Map<Long, Map<String, Long>> samples = new HashMap<>();
    final Map<String, Long> datasetTypes = new HashMap<>();
    final Map<String, Long> applications = new HashMap<>();
    final List<Job> jobs = new ArrayList<>();
    final List<ParameterTypeInfo> parameterTypes = new ArrayList<>();
    /** Writes made, by method name. */
    final List<String> writes = new ArrayList<>();
    /** Folder questions ({@link FolderRegistry}) asked: each is one catalogue call in the adapter. */
    int folderQuestions;
    private record Failure(int after, IcatErrorType type) {
    }

    private final Map<String, Failure> failures = new HashMap<>();

    InMemoryRegistrationCatalogue investigation(long id, String name, OffsetDateTime start, OffsetDateTime end,
            long facilityId, String... instruments) {
        investigations.add(new Investigation(id, name, start, end, facilityId, List.of(instruments)));
        return this;
    }

    InMemoryRegistrationCatalogue type(long facilityId, String name) {
        datasetTypes.put(facilityId + "/" + name, nextId++);
        return this;
    }

    InMemoryRegistrationCatalogue parameterType(String name, String units, String valueType, String description) {
        parameterTypes.add(new ParameterTypeInfo(nextId++, name, units, valueType, description));
        return this;
    }

    /** An existing dataset, without parameters. */
    long dataset(long investigationId, String name, String location) {
        long id = nextId++;
        datasets.add(new Dataset(id, investigationId, name, location, 0, 0, List.of()));
        return id;
    }

    /**
     * An existing dataset with the given id, in the named investigation (added, without dates, if new): the
     * rows the folder questions are asked about.
     */
    InMemoryRegistrationCatalogue dataset(long id, String name, String location, long investigationId,
            String investigationName) {
        if (investigations.stream().noneMatch(i -> i.id() == investigationId)) {
            investigations.add(new Investigation(investigationId, investigationName, null, null, 0, List.of()));
        }
        datasets.add(new Dataset(id, investigationId, name, location, 0, 0, List.of()));
        return this;
    }

    /** An existing datafile of the dataset at that location. */
    InMemoryRegistrationCatalogue datafile(long datasetId, String location) {
        datafiles.add(new Datafile(nextId++, datasetId, location.substring(location.lastIndexOf('/') + 1), location,
                null));
        return this;
    }

    /**
     * The call of {@code write} (a method name of {@link RegistrationCatalogue}) after {@code after} more
     * successful ones fails with {@code type}, once.
     */
    void fail(String write, int after, IcatErrorType type) {
        failures.put(write, new Failure(after, type));
    }

    List<Datafile> datafilesOf(long datasetId) {
        return datafiles.stream().filter(f -> f.datasetId() == datasetId).toList();
    }

    private void write(String method) throws IcatException {
        Failure failure = failures.remove(method);
        if (failure != null && failure.after() > 0) {
            failures.put(method, new Failure(failure.after() - 1, failure.type()));
        } else if (failure != null) {
            throw new IcatException(failure.type(), "injected failure of " + method, -1);
        }
        writes.add(method);
    }

    private Investigation investigationById(long id) {
        return investigations.stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Override
    public List<InvestigationRow> investigations(String proposal) {
        return investigations.stream().filter(i -> i.name().equals(proposal))
                .map(i -> new InvestigationRow(i.id(), i.start(), i.end())).toList();
    }

    @Override
    public List<String> instrumentNames(long investigationId) {
        return investigationById(investigationId).instruments();
    }

    @Override
    public long facilityOf(long investigationId) {
        return investigationById(investigationId).facilityId();
    }

    @Override
    public Map<String, List<ParameterTypeInfo>> datasetParameterTypes(long facilityId) {
        Map<String, List<ParameterTypeInfo>> types = new HashMap<>();
        parameterTypes.forEach(t -> types.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t));
        return types;
    }

    @Override
    public Optional<Long> datasetAt(long investigationId, String location) {
        return datasets.stream().filter(d -> d.investigationId() == investigationId && location.equals(d.location()))
                .map(Dataset::id).findFirst();
    }

    @Override
    public Optional<Long> anyDatasetAt(String location) {
        return datasets.stream().filter(d -> location.equals(d.location())).map(Dataset::id).min(Long::compare);
    }

    @Override
    public Optional<Long> sample(long investigationId, String name) {
        return Optional.ofNullable(samples.getOrDefault(investigationId, Map.of()).get(name));
    }

    @Override
    public long createSample(long investigationId, String name) throws IcatException {
        write("createSample");
        Map<String, Long> ofInvestigation = samples.computeIfAbsent(investigationId, k -> new HashMap<>());
        if (ofInvestigation.containsKey(name)) {
            throw new IcatException(IcatErrorType.OBJECT_ALREADY_EXISTS, "sample " + name, -1);
        }
        long id = nextId++;
        ofInvestigation.put(name, id);
        return id;
    }

    @Override
    public Optional<Long> datasetType(long facilityId, String name) {
        return Optional.ofNullable(datasetTypes.get(facilityId + "/" + name));
    }

    @Override
    public long createDataset(NewDataset dataset) throws IcatException {
        write("createDataset");
        if (datasets.stream().anyMatch(d -> d.investigationId() == dataset.investigationId()
                && d.name().equals(dataset.name()))) {
            throw new IcatException(IcatErrorType.OBJECT_ALREADY_EXISTS, "dataset " + dataset.name(), -1);
        }
        long id = nextId++;
        datasets.add(new Dataset(id, dataset.investigationId(), dataset.name(), dataset.location(), dataset.sampleId(),
                dataset.typeId(), List.copyOf(dataset.parameters())));
        return id;
    }

    @Override
    public Set<String> datafileLocations(long datasetId, int pageSize) {
        Set<String> locations = new HashSet<>();
        datafilesOf(datasetId).forEach(f -> locations.add(f.location()));
        return locations;
    }

    @Override
    public void createDatafiles(long datasetId, List<NewDatafile> batch) throws IcatException {
        write("createDatafiles");
        Set<String> names = new LinkedHashSet<>();
        datafilesOf(datasetId).forEach(f -> names.add(f.name()));
        for (NewDatafile file : batch) {
            if (!names.add(file.file().name())) {
                throw new IcatException(IcatErrorType.OBJECT_ALREADY_EXISTS, "datafile " + file.file().name(), -1);
            }
        }
        for (NewDatafile file : batch) {
            datafiles.add(new Datafile(nextId++, datasetId, file.file().name(), file.file().location(),
                    file.description().orElse(null)));
        }
    }

    @Override
    public boolean hasProducingJob(long datasetId) {
        return jobs.stream().anyMatch(j -> j.output() == datasetId);
    }

    @Override
    public Optional<Long> application(long facilityId, String name, String version) {
        return Optional.ofNullable(applications.get(facilityId + "/" + name + "/" + version));
    }

    @Override
    public long createApplication(long facilityId, String name, String version) throws IcatException {
        write("createApplication");
        long id = nextId++;
        applications.put(facilityId + "/" + name + "/" + version, id);
        return id;
    }

    @Override
    public void createJob(long applicationId, String arguments, List<Long> inputIds, long outputId)
            throws IcatException {
        write("createJob");
        jobs.add(new Job(nextId++, applicationId, List.copyOf(inputIds), outputId));
    }

    // FolderRegistry, from the same rows

    @Override
    public List<RegisteredDataset> otherInvestigationsAt(long investigationId, Collection<String> locations,
            Collection<String> below, int limit) {
        folderQuestions++;
        return datasets.stream().filter(d -> d.investigationId() != investigationId && d.location() != null)
                .filter(d -> locations.contains(d.location())
                        || below.stream().anyMatch(folder -> d.location().startsWith(folder + "/")))
                .limit(limit)
                .map(d -> new RegisteredDataset(d.id(), d.location(), d.investigationId(),
                        investigationById(d.investigationId()).name()))
                .toList();
    }

    @Override
    public Set<Long> datasetsWithDatafileAt(Collection<String> locations) {
        folderQuestions++;
        Set<Long> ids = new HashSet<>();
        datafiles.stream().filter(f -> locations.contains(f.location())).forEach(f -> ids.add(f.datasetId()));
        return ids;
    }

    @Override
    public Set<String> datasetNamesTakenElsewhere(long investigationId, Collection<String> names, String location) {
        folderQuestions++;
        Set<String> taken = new HashSet<>();
        datasets.stream().filter(d -> d.investigationId() == investigationId && names.contains(d.name())
                && !location.equals(d.location())).forEach(d -> taken.add(d.name()));
        return taken;
    }
}
