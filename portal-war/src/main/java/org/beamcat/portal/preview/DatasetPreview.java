package org.beamcat.portal.preview;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.storage.DataStorage;
import org.beamcat.portal.storage.StorageState;
import org.beamcat.preview.PlotOutcome;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.TreeOutcome;

/**
 * Look before you download (use case): the tree and default plot of a dataset's NeXus master file, for a
 * caller whose own catalogue session reads the dataset and its master file's datafile. Only that file is ever
 * given to the reader, and only when both the dataset folder and the file resolve inside the data root and the
 * file lies in the dataset's own folder (the reader follows external links only inside that folder).
 *
 * <p>The catalogue's answer (where the master file is, or that there is none) is kept per catalogue session and
 * dataset for a short time, so the page and its plot image, two requests, cost one lookup. Whether the file is
 * on disk is checked on every request; only a missing file makes a call to the IDS, to tell "archived" apart.
 */
public final class DatasetPreview {

    private final MasterFileCatalogue catalogue;
    private final DataStorage storage;
    private final DataRoot dataRoot;
    private final MasterFileReader reader;
    private final Optional<Cache<Key, Where>> places;

    private record Key(String sessionId, long datasetId) {
    }

    /** What the catalogue said about a dataset's master file, for one session. */
    private sealed interface Where {
        record Registered(Path file) implements Where {
        }

        record Nowhere(Unavailable why) implements Where {
        }

        record Unreadable() implements Where {
        }
    }

    /**
     * @param remember how long the catalogue's answer is kept per session and dataset (zero: not kept)
     * @param entries  most answers kept
     */
    public DatasetPreview(MasterFileCatalogue catalogue, DataStorage storage, DataRoot dataRoot,
            MasterFileReader reader, Duration remember, long entries, Ticker ticker) {
        this.catalogue = catalogue;
        this.storage = storage;
        this.dataRoot = dataRoot;
        this.reader = reader;
        this.places = remember.isZero() ? Optional.empty()
                : Optional.of(Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(entries).ticker(ticker)
                        .<Key, Where>build());
    }

    /** The tree and the default plot ({@code frame}: of a 3-D stack, null for the first) for the dataset page. */
    public PageView page(Caller caller, long datasetId, Integer frame) throws CatalogueException {
        Where where = where(caller, datasetId);
        if (where instanceof Where.Unreadable) {
            return new PageView.NoSuchDataset();
        }
        if (where instanceof Where.Nowhere nowhere) {
            return new PageView.NotAvailable(nowhere.why());
        }
        Path registered = ((Where.Registered) where).file();
        Optional<Path> file = dataRoot.existingFile(registered);
        if (file.isEmpty()) {
            return new PageView.NotAvailable(missing(caller, datasetId));
        }
        PlotRequest request = request(frame);
        TreeOutcome tree = reader.tree(file.get());
        // a file whose tree cannot be read has no plot either: same reason, not read twice
        PlotOutcome plot = tree instanceof TreeOutcome.Refused refused ? new PlotOutcome.Refused(refused.refusal())
                : reader.plot(file.get(), request);
        return new PageView.Shown(registered.getFileName().toString(), tree, plot, request);
    }

    /** The default plot as an image. */
    public PlotAnswer plot(Caller caller, long datasetId, Integer frame) throws CatalogueException {
        Where where = where(caller, datasetId);
        if (where instanceof Where.Unreadable) {
            return new PlotAnswer.NoSuchDataset();
        }
        if (where instanceof Where.Nowhere nowhere) {
            return new PlotAnswer.NotAvailable(nowhere.why());
        }
        Optional<Path> file = dataRoot.existingFile(((Where.Registered) where).file());
        if (file.isEmpty()) {
            return new PlotAnswer.NotAvailable(missing(caller, datasetId));
        }
        PlotOutcome plot = reader.plot(file.get(), request(frame));
        return plot instanceof PlotOutcome.Rendered rendered ? new PlotAnswer.Image(rendered.image())
                : new PlotAnswer.Refused(((PlotOutcome.Refused) plot).refusal());
    }

    /** The plot size the portal draws; the frame as asked. */
    public static PlotRequest request(Integer frame) {
        return new PlotRequest(PlotRequest.standard().width(), PlotRequest.standard().height(), frame);
    }

    private Where where(Caller caller, long datasetId) throws CatalogueException {
        Key key = new Key(caller.sessionId(), datasetId);
        Where known = places.map(cache -> cache.getIfPresent(key)).orElse(null);
        if (known != null) {
            return known;
        }
        Where where = lookUp(caller, datasetId);
        places.ifPresent(cache -> cache.put(key, where));
        return where;
    }

    /** Asks the catalogue with the caller's session; resolves both locations under the data root. */
    private Where lookUp(Caller caller, long datasetId) throws CatalogueException {
        Optional<String> datasetLocation = catalogue.datasetLocation(caller, datasetId);
        if (datasetLocation.isEmpty()) {
            return new Where.Unreadable();
        }
        if (datasetLocation.get().isBlank()) {
            return new Where.Nowhere(Unavailable.NO_MASTER_FILE);
        }
        Optional<String> masterLocation = catalogue.datafileLocation(caller, datasetId,
                MasterFileName.of(datasetLocation.get()));
        if (masterLocation.isEmpty()) {
            return new Where.Nowhere(Unavailable.NO_MASTER_FILE);
        }
        Optional<Path> folder = dataRoot.resolve(datasetLocation.get());
        Optional<Path> file = dataRoot.resolve(masterLocation.get());
        if (folder.isEmpty() || file.isEmpty() || !folder.get().equals(file.get().getParent())) {
            return new Where.Nowhere(Unavailable.OUTSIDE_DATA_ROOT);
        }
        return new Where.Registered(file.get());
    }

    /** A registered master file that is not on disk: archived, being restored, or just missing. */
    private Unavailable missing(Caller caller, long datasetId) {
        StorageState state = storage.datasetStates(caller, List.of(datasetId)).getOrDefault(datasetId,
                StorageState.UNKNOWN);
        return switch (state) {
            case ARCHIVED -> Unavailable.ARCHIVED;
            case RESTORING -> Unavailable.RESTORING;
            case ONLINE, UNKNOWN -> Unavailable.MASTER_FILE_MISSING;
        };
    }
}
