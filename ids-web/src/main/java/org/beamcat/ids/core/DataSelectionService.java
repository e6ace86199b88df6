package org.beamcat.ids.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.beamcat.ids.error.BadRequestException;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.InsufficientStorageException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.InvalidLocationException;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.plugin.ZipMapper;
import org.beamcat.ids.twolevel.AlreadyLockedException;
import org.beamcat.ids.twolevel.CatalogueView;
import org.beamcat.ids.twolevel.LockManager;
import org.beamcat.ids.twolevel.LockManager.Lock;
import org.beamcat.ids.twolevel.LockManager.LockType;
import org.beamcat.ids.twolevel.Operation;
import org.beamcat.ids.twolevel.OperationQueue;
import org.beamcat.ids.twolevel.QueueProcessor;
import org.beamcat.ids.twolevel.RequestedState;
import org.beamcat.ids.twolevel.SpaceTidier;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.twolevel.UnitRef;
import org.beamcat.ids.zip.MainStorageSource;
import org.beamcat.ids.zip.ZipItem;

/**
 * The storage use cases the REST layer calls once it has resolved a request's ids in the catalogue (and
 * so checked access). Everything here is independent of the catalogue except {@link CatalogueView},
 * which background work uses. Failures are {@link IdsException}s carrying the contract's names.
 */
public final class DataSelectionService implements AutoCloseable {

    static final String DATASET_NOT_ONLINE = "Before putting, getting or deleting a datafile, its dataset has to be "
            + "restored, restoration requested automatically";
    static final String DATAFILE_NOT_ONLINE =
            "Before getting a datafile, it must be restored, restoration requested automatically";

    private final MainStorage main;
    private final ZipMapper mapper;
    private final StorageUnit storageUnit;
    private final LockManager locks;
    private final PreparedStore prepared;
    private final OperationQueue queue; // null on single level
    private final QueueProcessor processor;
    private final ScheduledExecutorService tidier =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ids-tidier"));

    private DataSelectionService(StorageConfig config, MainStorage main, ZipMapper mapper, LockManager locks,
            PreparedStore prepared, OperationQueue queue, QueueProcessor processor) {
        this.main = main;
        this.mapper = mapper;
        this.storageUnit = config.storageUnit();
        this.locks = locks;
        this.prepared = prepared;
        this.queue = queue;
        this.processor = processor;
    }

    /**
     * Opens the core and starts its background work: the queue (two level) and the tidier.
     *
     * @param archive   the archive storage, or null for single-level storage
     * @param catalogue what background work asks the catalogue (not used on single level)
     */
    public static DataSelectionService open(StorageConfig config, MainStorage main, ArchiveStorage archive,
            ZipMapper mapper, CatalogueView catalogue, Clock clock) throws IOException {
        Path cache = Files.createDirectories(config.cacheDir());
        PreparedStore prepared = new PreparedStore(cache.resolve("prepared"), config.preparedLifetime(), clock);
        LockManager locks = new LockManager(main);
        OperationQueue queue = null;
        QueueProcessor processor = null;
        if (archive != null) {
            queue = OperationQueue.open(config.storageUnit(), config.writeDelay(), clock, cache.resolve("queue.json"));
            Path work = cache.resolve("dataset");
            deleteContents(work); // temporary zips of operations cut short by a restart
            Files.createDirectories(work);
            processor = new QueueProcessor(queue, locks, main, archive, catalogue, mapper, work, config.workerThreads());
            processor.start(config.queueInterval());
        }
        DataSelectionService service =
                new DataSelectionService(config, main, mapper, locks, prepared, queue, processor);
        service.startTidier(config, catalogue);
        return service;
    }

    public boolean isTwoLevel() {
        return queue != null;
    }

    /** getStatus: never triggers a restore. */
    public Status status(DataSelection selection) throws IdsException {
        if (!isTwoLevel()) {
            return Status.ONLINE;
        }
        Status result = Status.ONLINE;
        for (Unit unit : units(selection)) {
            refuseFailed(unit);
            List<RequestedState> states = queue.states(unit.ref().id());
            if (states.contains(RequestedState.RESTORE_REQUESTED)) {
                result = Status.RESTORING;
            } else if (states.stream().anyMatch(RequestedState::makesOffline) || !unit.empty() && !present(unit)) {
                return Status.ARCHIVED;
            }
        }
        return result;
    }

    public Status status(String preparedId) throws IdsException {
        return status(prepared.load(preparedId).selection());
    }

    /** prepareData: saves the snapshot, clears failures and queues restores of what is not online. */
    public String prepare(DataSelection selection, boolean zip, boolean compress) throws IdsException {
        String id = prepared.save(new PreparedData(zip || selection.datafiles().size() != 1, compress, selection));
        if (isTwoLevel()) {
            for (Unit unit : units(selection)) {
                queue.clearFailure(unit.ref().id());
                if (!online(unit)) {
                    queue.request(unit.ref(), Operation.RESTORE);
                }
            }
        }
        return id;
    }

    /** isPrepared: true once everything is online; queues a restore for whatever is not. */
    public boolean isPrepared(String preparedId) throws IdsException {
        PreparedData data = prepared.load(preparedId);
        if (!isTwoLevel()) {
            return true;
        }
        boolean allOnline = true;
        for (Unit unit : units(data.selection())) {
            refuseFailed(unit);
            if (!online(unit)) {
                queue.request(unit.ref(), Operation.RESTORE);
                allOnline = false;
            }
        }
        return allOnline;
    }

    /** The prepared snapshot, for getDatafileIds and getSize by preparedId. */
    public PreparedData prepared(String preparedId) throws NotFoundException, InternalException {
        return prepared.load(preparedId);
    }

    /** getSize: the sum of the catalogue's file sizes (real files are not read). */
    public long size(DataSelection selection) {
        return selection.datafiles().stream().mapToLong(df -> df.fileSize() == null ? 0 : df.fileSize()).sum();
    }

    /** getData by preparedId: zip and compress come from the snapshot. */
    public Download openDownload(String preparedId, long offset) throws IdsException {
        PreparedData data = prepared.load(preparedId);
        return openDownload(data.selection(), data.zip(), data.compress(), offset);
    }

    /**
     * getData: checks that everything is online (else queues restores and answers 503), takes shared
     * locks held until the download is written or closed, and returns the body to write.
     */
    public Download openDownload(DataSelection selection, boolean zip, boolean compress, long offset)
            throws IdsException {
        if (offset < 0) {
            throw new BadRequestException("The range must match bytes=(\\d+)-");
        }
        boolean zipped = zip || selection.datafiles().size() != 1;
        requireOnline(selection, true);
        Lock lock = lockAll(selection.datasets(), LockType.SHARED);
        try {
            requireOnline(selection, true); // an archive may have started before the lock was taken
            if (!zipped) {
                DfInfo datafile = selection.datafiles().get(0);
                return new LockedDownload.SingleFile(lock, offset, main, datafile, main.size(datafile.dfLocation()));
            }
            List<ZipItem> items = new ArrayList<>();
            Map<Long, DsInfo> datasets = selection.datasetsById();
            for (DfInfo df : selection.datafiles()) {
                // Checked before the first byte goes out: once streaming, an error can only truncate the zip.
                main.size(df.dfLocation());
                items.add(new ZipItem(mapper.fullEntryName(datasets.get(df.dsId()), df), new MainStorageSource(main, df)));
            }
            return new LockedDownload.Zip(lock, offset, items, compress);
        } catch (InvalidLocationException e) {
            lock.close();
            // The catalogue holds a location that would leave main storage. The IDS refuses to serve it, as
            // ids.server refuses a location whose hash it does not trust: 403, not a server fault (500).
            throw new InsufficientPrivilegesException(e.getMessage(), e);
        } catch (IdsException | RuntimeException e) {
            lock.close();
            throw translate(e);
        } catch (NoSuchFileException e) {
            lock.close();
            throw new InternalException("A datafile is missing from main storage: " + e.getMessage(), e);
        } catch (IOException e) {
            lock.close();
            throw new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** getData by preparedId straight to a stream (for callers that need no headers). */
    public void stream(String preparedId, long offset, OutputStream out) throws IdsException, IOException {
        try (Download download = openDownload(preparedId, offset)) {
            download.writeTo(out);
        }
    }

    public void restore(DataSelection selection) throws NotImplementedException {
        requireTwoLevel();
        units(selection).forEach(unit -> queue.request(unit.ref(), Operation.RESTORE));
    }

    public void archive(DataSelection selection) throws NotImplementedException {
        requireTwoLevel();
        units(selection).forEach(unit -> queue.request(unit.ref(), Operation.ARCHIVE));
    }

    /** write: queues an immediate copy to the archive of data that must be online. */
    public void write(DataSelection selection) throws IdsException {
        requireTwoLevel();
        try (Lock lock = lockAll(selection.datasets(), LockType.SHARED)) {
            for (Unit unit : units(selection)) {
                if (!online(unit)) {
                    throw new DataNotOnlineException("Requested data is not online, write request refused");
                }
            }
            units(selection).forEach(unit -> queue.requestWriteNow(unit.ref()));
        }
    }

    /** reset: clears recorded restore failures so status calls stop answering "Restore failed". */
    public void reset(DataSelection selection) {
        if (isTwoLevel()) {
            units(selection).forEach(unit -> queue.clearFailure(unit.ref().id()));
        }
    }

    public void reset(String preparedId) throws NotFoundException, InternalException {
        reset(prepared.load(preparedId).selection());
    }

    /**
     * put, storage half: stores the body where main storage chooses, computing CRC32 and size on the way.
     * With the dataset unit a dataset that has files must be online, judged by one of its registered files
     * ({@code registeredFile}, empty for a dataset without files): at an ingestion location the folder may
     * hold unregistered files that eviction leaves, so the folder alone would look online. The REST layer
     * then registers the datafile and calls {@link #registered}, or {@link #discard} if registration failed.
     */
    public StoredFile put(DsInfo dataset, Optional<DfInfo> registeredFile, String name, InputStream body)
            throws IdsException {
        try (Lock lock = lockAll(List.of(dataset), LockType.SHARED)) {
            if (isTwoLevel() && storageUnit == StorageUnit.DATASET && registeredFile.isPresent()) {
                Unit unit = new Unit(new UnitRef.Dataset(dataset), List.of(registeredFile.get()));
                if (!online(unit)) {
                    queue.request(unit.ref(), Operation.RESTORE);
                    throw new DataNotOnlineException(DATASET_NOT_ONLINE);
                }
            }
            CheckedInputStream checked = new CheckedInputStream(body, new CRC32());
            CountingInputStream counted = new CountingInputStream(checked);
            String location = main.put(dataset, name, counted);
            return new StoredFile(location, checked.getChecksum().getValue(), counted.count());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        } catch (IOException e) {
            if (isStorageFull(e)) {
                throw new InsufficientStorageException("Main storage is full: " + e.getMessage(), e);
            }
            throw new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** The datafile of a put is in the catalogue: queue its copy to the archive. */
    public void registered(DsInfo dataset, DfInfo datafile) {
        if (isTwoLevel()) {
            queue.request(storageUnit == StorageUnit.DATASET ? new UnitRef.Dataset(dataset)
                    : new UnitRef.Datafile(datafile), Operation.WRITE);
        }
    }

    /** The catalogue refused the datafile of a put: remove the stored file again. */
    public void discard(StoredFile stored) throws InternalException {
        try {
            main.delete(stored.location(), null, null);
        } catch (IOException e) {
            throw new InternalException("The stored file cannot be removed: " + e.getMessage(), e);
        }
    }

    /**
     * delete, first half: exclusive locks on every dataset involved; with the dataset unit each must be
     * online. The REST layer deletes the datafiles in the catalogue, then calls {@link Deletion#commit}.
     */
    public Deletion beginDelete(DataSelection selection) throws IdsException {
        Lock lock = lockAll(selection.datasets(), LockType.EXCLUSIVE);
        try {
            if (isTwoLevel() && storageUnit == StorageUnit.DATASET) {
                requireOnline(selection, false);
            }
            return new Deletion(selection, lock);
        } catch (IdsException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A delete in progress; closing it releases the locks. */
    public final class Deletion implements AutoCloseable {

        private final DataSelection selection;
        private final Lock lock;

        private Deletion(DataSelection selection, Lock lock) {
            this.selection = selection;
            this.lock = lock;
        }

        /**
         * The catalogue has deleted the selection's datafiles: remove the files no remaining datafile
         * shares (clones share a location), and bring the archive up to date.
         */
        public void commit(Set<String> unsharedLocations) throws InternalException {
            try {
                for (DfInfo df : selection.datafiles()) {
                    if (unsharedLocations.contains(df.dfLocation())) {
                        main.delete(df.dfLocation(), df.createId(), df.modId());
                        if (isTwoLevel() && storageUnit == StorageUnit.DATAFILE) {
                            queue.request(new UnitRef.Datafile(df), Operation.DELETE);
                        }
                    }
                }
            } catch (IOException e) {
                throw new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
            }
            if (isTwoLevel() && storageUnit == StorageUnit.DATASET) {
                // The writer rebuilds each dataset's zip from what is left, or deletes it.
                selection.byDataset().forEach((ds, files) -> {
                    if (!files.isEmpty()) {
                        queue.request(new UnitRef.Dataset(ds), Operation.WRITE);
                    }
                });
            }
        }

        @Override
        public void close() {
            lock.close();
        }
    }

    /** getServiceStatus. */
    public ServiceStatus serviceStatus() {
        List<ServiceStatus.QueuedOperation> ops = isTwoLevel()
                ? queue.entries().stream()
                        .map(e -> new ServiceStatus.QueuedOperation(e.unit().describe(), e.state().name())).toList()
                : List.of();
        List<Long> failures = isTwoLevel() ? queue.failures().stream().sorted().toList() : List.of();
        return new ServiceStatus(ops, locks.snapshot(), failures);
    }

    /** Stops background work; queued operations stay in the journal and resume when reopened. */
    @Override
    public void close() {
        tidier.shutdownNow();
        if (processor != null) {
            processor.close();
        }
    }

    // --- helpers ---

    /**
     * A unit of the selection and its selected datafiles, by which main storage judges whether a dataset sharing
     * its folder with other files is present. A unit without files has no data: an empty dataset is always online.
     */
    private record Unit(UnitRef ref, List<DfInfo> files) {

        boolean empty() {
            return files.isEmpty();
        }
    }

    private List<Unit> units(DataSelection selection) {
        if (storageUnit == StorageUnit.DATASET) {
            return selection.byDataset().entrySet().stream().map(dataset -> new Unit(
                    new UnitRef.Dataset(dataset.getKey()), dataset.getValue())).toList();
        }
        return selection.datafiles().stream().map(df -> new Unit(new UnitRef.Datafile(df), List.of(df)))
                .toList();
    }

    private boolean online(Unit unit) throws IdsException {
        if (unit.empty()) {
            return true;
        }
        return queue.states(unit.ref().id()).stream().noneMatch(RequestedState::makesOffline) && present(unit);
    }

    private boolean present(Unit unit) throws IdsException {
        try {
            return unit.ref() instanceof UnitRef.Dataset ds ? main.exists(ds.dataset(), unit.files())
                    : main.exists(((UnitRef.Datafile) unit.ref()).datafile().dfLocation());
        } catch (InvalidLocationException e) {
            throw new InsufficientPrivilegesException(e.getMessage(), e); // refused, as getData refuses it
        } catch (IOException e) {
            throw new InternalException("Main storage cannot be checked: " + e.getMessage(), e);
        }
    }

    private void refuseFailed(Unit unit) throws InternalException {
        if (queue.hasFailure(unit.ref().id())) {
            throw new InternalException("Restore failed");
        }
    }

    /** Two level: every unit must be online, else restores are queued for those that are not and 503. */
    private void requireOnline(DataSelection selection, boolean forGet) throws IdsException {
        if (!isTwoLevel()) {
            return;
        }
        boolean allOnline = true;
        for (Unit unit : units(selection)) {
            refuseFailed(unit); // a recorded failure is reported (500) until reset, not retried by every call
            if (!online(unit)) {
                queue.request(unit.ref(), Operation.RESTORE);
                allOnline = false;
            }
        }
        if (!allOnline) {
            throw new DataNotOnlineException(storageUnit == StorageUnit.DATAFILE && forGet
                    ? DATAFILE_NOT_ONLINE : DATASET_NOT_ONLINE);
        }
    }

    private void requireTwoLevel() throws NotImplementedException {
        if (!isTwoLevel()) {
            throw new NotImplementedException("This operation is unavailable for single level storage");
        }
    }

    private Lock lockAll(List<DsInfo> datasets, LockType type) throws DataNotOnlineException {
        try {
            return locks.lockAll(datasets, type);
        } catch (AlreadyLockedException e) {
            throw new DataNotOnlineException("Data is busy");
        }
    }

    /** The JDK reports ENOSPC and EDQUOT only through the message of a plain IOException. */
    static boolean isStorageFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static IdsException translate(Exception e) {
        if (e instanceof IdsException ids) {
            return ids;
        }
        if (e instanceof IllegalArgumentException) {
            return new BadRequestException(e.getMessage(), e);
        }
        return new InternalException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }

    private void startTidier(StorageConfig config, CatalogueView catalogue) {
        Optional<SpaceTidier> space = isTwoLevel() && config.startLevelBytes().isPresent()
                ? Optional.of(new SpaceTidier(queue, main, catalogue, config.startLevelBytes().get(),
                        config.stopLevelBytes().get()))
                : Optional.empty();
        long period = config.tidierInterval().toMillis();
        tidier.scheduleWithFixedDelay(() -> {
            prepared.removeExpired();
            space.ifPresent(SpaceTidier::run);
        }, 0, period, TimeUnit.MILLISECONDS);
    }

    private static void deleteContents(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
