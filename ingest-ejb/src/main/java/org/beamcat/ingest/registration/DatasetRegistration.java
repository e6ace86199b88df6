package org.beamcat.ingest.registration;


import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.config.ChecksumKind;
import org.beamcat.ingest.nexus.AtomicHdfFile;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.messages.DatasetMessage;

/**
 * Registers one dataset message in the catalogue: finds the investigation (proposal, beamline, date
 * window), types the parameters, lists the folder, then finds or creates the sample and the dataset,
 * writes the NeXus master file and creates the missing datafiles in batches.
 *
 * <p><b>Nothing half-registered:</b> every check that can reject the message runs before the first
 * write. <b>Idempotent</b> on the dataset location: a dataset already registered at the location is
 * reused and only files not yet registered (by location) are added, so a redelivered or repeated message
 * never creates a second dataset or datafile.
 *
 * <p>Throws {@link RegistrationRejected} for messages that can never succeed, and {@link IcatException}
 * (catalogue unreachable, session problems) or {@link IOException} (file system) for failures that may
 * pass when tried again.
 */
public final class DatasetRegistration {

    private static final Logger LOG = Logger.getLogger(DatasetRegistration.class.getName());
    /** The ESRF parameter naming the processing workflow; it names the application of the lineage job. */
    static final String WORKFLOW_NAME = "Workflow_name";

    private final RegistrationCatalogue catalogue;
    private final Path dataRoot;
    private final ChecksumKind checksum;
    private final LegacyConversionStep legacyConversion;
    private final DatafileRegistrar datafiles;
    private final DatasetLineage lineage;
    private final FolderOwnership ownership;
    private final MasterFileGuard masterGuard;
    private final DatasetNames names;

    public DatasetRegistration(CatalogueSession catalogue, Path dataRoot, int batchSize, ChecksumKind checksum,
            LegacyConversionStep legacyConversion, List<FolderLayout> folderLayouts) {
        this(new IcatRegistrationCatalogue(catalogue), new CatalogueFolderRegistry(catalogue), dataRoot, batchSize,
                checksum, legacyConversion, folderLayouts);
    }

    /** On the ports: the catalogue's searches and writes, and its folder questions. */
    DatasetRegistration(RegistrationCatalogue catalogue, FolderRegistry registry, Path dataRoot, int batchSize,
            ChecksumKind checksum, LegacyConversionStep legacyConversion, List<FolderLayout> folderLayouts) {
        this.catalogue = catalogue;
        this.legacyConversion = legacyConversion;
        this.dataRoot = dataRoot;
        this.checksum = checksum;
        this.datafiles = new DatafileRegistrar(catalogue, batchSize);
        this.lineage = new DatasetLineage(catalogue, dataRoot);
        this.ownership = new FolderOwnership(folderLayouts, registry, dataRoot);
        this.masterGuard = new MasterFileGuard(registry, dataRoot);
        this.names = new DatasetNames(registry);
    }

    private record Investigation(long id, long facilityId) {
    }

    /**
     * @throws InputsNotRegistered processed data whose raw inputs are not registered yet; nothing was
     *                             written, the message should wait and be tried again
     */
    public RegistrationResult register(DatasetMessage message)
            throws RegistrationRejected, InputsNotRegistered, IcatException, IOException {
        // 1. checks: nothing is written before all of them pass
        long started = System.nanoTime();
        DatasetFolder folder = DatasetFolder.resolve(dataRoot, message.location());
        String location = folder.relativeLocation();
        Investigation investigation = investigation(message);
        ownership.check(message.proposal(), message.beamline(), investigation.id(), location);
        List<TypedParameters.Typed> parameters = TypedParameters.type(message.parameters(),
                catalogue.datasetParameterTypes(investigation.facilityId()));
        List<Long> inputs = lineage.inputIds(message.inputDatasets());
        Optional<Long> existing = datasetAt(investigation.id(), location);
        Path master = folder.path().resolve(MasterFile.fileName(folder.path()));
        boolean masterMissing = !Files.isRegularFile(master, LinkOption.NOFOLLOW_LINKS);
        masterGuard.check(master, folder.relativeLocation(master), existing, existing.isEmpty() || masterMissing,
                () -> datasetAt(investigation.id(), location));
        String name = existing.isPresent() ? message.name()
                : names.choose(investigation.id(), message.name(), message.sampleName(), message.proposal(), location);
        // SPEC/EDF -> NeXus beside the originals, once the message is known to be acceptable; never rejects it
        LegacyConversionStep.Report conversions = legacyConversion.run(message.beamline(), folder);
        List<ScannedFile> files = folder.scan(file -> file.equals(master) || AtomicHdfFile.isTemporary(file),
                checksum);
        long scanned = System.nanoTime();

        // 2. the dataset, found by location or created with its parameters in one call
        boolean created = existing.isEmpty();
        long datasetId;
        if (existing.isPresent()) {
            datasetId = existing.get();
        } else {
            long sample = sample(investigation.id(), message.sampleName());
            long type = datasetType(investigation.facilityId(),
                    message.inputDatasets().isEmpty() ? "raw" : "processed");
            Optional<Created> made = createDataset(message, name, investigation.id(), sample, type, location, parameters);
            if (made.isEmpty()) {
                // another folder took the name meanwhile: choose again, once; a conflict again is final
                made = createDataset(message, names.choose(investigation.id(), message.name(), message.sampleName(),
                        message.proposal(), location), investigation.id(), sample, type, location, parameters);
            }
            if (made.isEmpty()) {
                throw new RegistrationRejected("the catalogue refused the dataset names chosen for " + location
                        + " in " + message.proposal() + " as taken, twice");
            }
            datasetId = made.get().id();
            created = made.get().byThisMessage();
        }

        // 3. the master file, written when missing (or for a dataset registered just now)
        if (created || !Files.isRegularFile(master, LinkOption.NOFOLLOW_LINKS)) {
            MasterFile.write(master, masterContent(message, folder, parameters, files));
        }
        List<ScannedFile> all = new ArrayList<>(files);
        all.add(folder.file(master, checksum));

        // 4. the datafiles not yet registered, in batches; then the link to the raw inputs
        DatafileRegistrar.Added added = datafiles.addMissing(datasetId, all, created, conversions::description);
        lineage.link(investigation.facilityId(), datasetId, inputs, message.parameter(WORKFLOW_NAME).orElse(null));
        LOG.info("dataset " + location + (created ? " registered" : " already registered") + " as dataset "
                + datasetId + "; " + added.added() + " datafiles added"
                + (inputs.isEmpty() ? "" : "; made from datasets " + inputs)
                // the split tells a slow file system from a slow catalogue
                + String.format("; checks and scan %.1f s, catalogue and master file %.1f s",
                        (scanned - started) / 1e9, (System.nanoTime() - scanned) / 1e9));
        return new RegistrationResult(datasetId, created, added.added(), added.present());
    }

    private Investigation investigation(DatasetMessage message) throws RegistrationRejected, IcatException {
        List<RegistrationCatalogue.InvestigationRow> rows = catalogue.investigations(message.proposal());
        List<Long> matching = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (RegistrationCatalogue.InvestigationRow investigation : rows) {
            List<String> instruments = catalogue.instrumentNames(investigation.id());
            boolean onBeamline = instruments.stream().anyMatch(name -> name.equalsIgnoreCase(message.beamline()));
            OffsetDateTime start = investigation.start();
            OffsetDateTime end = investigation.end();
            boolean inWindow = (start == null || !message.startDate().isBefore(start))
                    && (end == null || !message.startDate().isAfter(end));
            seen.add(instruments + " " + (start == null ? "?" : start) + ".." + (end == null ? "?" : end));
            if (onBeamline && inWindow) {
                matching.add(investigation.id());
            }
        }
        if (rows.isEmpty()) {
            throw new RegistrationRejected("unknown proposal " + message.proposal());
        }
        if (matching.isEmpty()) {
            throw new RegistrationRejected("no investigation " + message.proposal() + " on beamline "
                    + message.beamline() + " covers the dataset start " + message.startDate() + " (found: "
                    + String.join(", ", seen) + ")");
        }
        if (matching.size() > 1) {
            throw new RegistrationRejected(matching.size() + " investigations " + message.proposal() + " on "
                    + message.beamline() + " cover " + message.startDate() + "; cannot choose");
        }
        long id = matching.get(0);
        return new Investigation(id, catalogue.facilityOf(id));
    }

    private Optional<Long> datasetAt(long investigationId, String location) throws IcatException {
        return catalogue.datasetAt(investigationId, location);
    }

    private long sample(long investigationId, String name) throws IcatException, RegistrationRejected {
        Optional<Long> known = catalogue.sample(investigationId, name);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return catalogue.createSample(investigationId, name);
        } catch (IcatException e) {
            Optional<Long> again = catalogue.sample(investigationId, name);
            if (again.isPresent()) {
                return again.get();
            }
            throw CatalogueFailures.rejectedIfPermanent(e, "creating the sample " + name);
        }
    }

    private long datasetType(long facilityId, String name) throws IcatException, RegistrationRejected {
        return catalogue.datasetType(facilityId, name).orElseThrow(
                () -> new RegistrationRejected("the facility has no DatasetType named " + name));
    }

    /** A dataset this message created, or one a duplicate of it created meanwhile (found by its folder). */
    private record Created(long id, boolean byThisMessage) {
    }

    /** Creates the dataset; empty when another folder's dataset carries the name. */
    private Optional<Created> createDataset(DatasetMessage message, String name, long investigationId, long sampleId,
            long typeId, String location, List<TypedParameters.Typed> parameters)
            throws IcatException, RegistrationRejected {
        try {
            return Optional.of(new Created(writeDataset(message, name, investigationId, sampleId, typeId, location,
                    parameters), true));
        } catch (IcatException e) {
            if (e.type() != IcatErrorType.OBJECT_ALREADY_EXISTS) {
                throw CatalogueFailures.rejectedIfPermanent(e, "creating the dataset");
            }
            // the name's uniqueness conflict is final for this name: never a reason to redeliver
            return datasetAt(investigationId, location).map(id -> new Created(id, false));
        }
    }

    private long writeDataset(DatasetMessage message, String name, long investigationId, long sampleId, long typeId,
            String location, List<TypedParameters.Typed> parameters) throws IcatException {
        return catalogue.createDataset(new RegistrationCatalogue.NewDataset(name, location, message.complete(),
                message.startDate(), message.endDate(), investigationId, sampleId, typeId, parameters));
    }

    private MasterFile.Content masterContent(DatasetMessage message, DatasetFolder folder,
            List<TypedParameters.Typed> parameters, List<ScannedFile> files) {
        List<MasterFile.Value> values = new ArrayList<>();
        for (TypedParameters.Typed typed : parameters) {
            JsonObject json = typed.icatJson();
            Object value = json.containsKey("numericValue") ? (Object) json.getJsonNumber("numericValue").doubleValue()
                    : typed.parameter().value();
            values.add(new MasterFile.Value(typed.parameter().name(), value, typed.type().units(),
                    typed.type().nexusPath().orElse(null)));
        }
        return new MasterFile.Content(message.name(), message.proposal(), message.beamline(), message.sampleName(),
                folder.path().toString(), message.startDate(), message.endDate(), values,
                files.stream().map(ScannedFile::name).toList());
    }
}
