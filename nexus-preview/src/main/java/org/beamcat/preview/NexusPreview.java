package org.beamcat.preview;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.preview.jhdf.JhdfReader;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfReader;
import org.beamcat.preview.usecase.BuildTree;
import org.beamcat.preview.usecase.Deadline;
import org.beamcat.preview.usecase.FindDefaultPlot;
import org.beamcat.preview.usecase.ReadSignal;
import org.beamcat.preview.usecase.RenderDefaultPlot;

/**
 * Look before you download: the tree and the default plot of a NeXus master file. Every answer is a
 * result, never an exception: a file that cannot be previewed gives a {@link Refusal} with its reason.
 * Work runs on a small pool of workers with a time limit; results are cached by (path, size, mtime,
 * request), so a rewritten master file is read again. The caller checks the user may see the file.
 */
public final class NexusPreview implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NexusPreview.class.getName());

    private final PreviewSettings settings;
    private final HdfReader reader;
    private final ExecutorService workers;
    private final boolean ownWorkers;
    private final BuildTree buildTree;
    private final RenderDefaultPlot renderPlot;
    private final Cache<CacheKey, Object> cache;

    /** What a cached answer is for: the file as it was (size, mtime) and what was asked. */
    private record CacheKey(Path file, long size, long modifiedNanos, PlotRequest request) {
    }

    public NexusPreview(PreviewSettings settings, HdfReader reader, ExecutorService workers) {
        this(settings, reader, workers, false);
    }

    private NexusPreview(PreviewSettings settings, HdfReader reader, ExecutorService workers, boolean ownWorkers) {
        this.settings = settings;
        this.reader = reader;
        this.workers = workers;
        this.ownWorkers = ownWorkers;
        this.buildTree = new BuildTree(settings);
        this.renderPlot = new RenderDefaultPlot(new FindDefaultPlot(settings.searchNodes()),
                new ReadSignal(settings.maxReadBytes(), settings.maxLinePoints(), settings.maxImageSide()));
        this.cache = Caffeine.newBuilder().maximumWeight(settings.cacheBytes())
                .weigher((CacheKey key, Object value) -> weight(value)).build();
    }

    /** With jhdf and its own bounded pool of {@code settings.workers()} threads (waiting work: 4 per worker). */
    public static NexusPreview create(PreviewSettings settings) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.workers() * 4), task -> {
                    Thread thread = new Thread(task, "nexus-preview-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return new NexusPreview(settings, new JhdfReader(), pool, true);
    }

    public TreeOutcome tree(Path masterFile) {
        Object outcome = cached(masterFile, null, document -> new TreeOutcome.Shown(
                buildTree.build(document, Deadline.after(settings.timeLimit()))));
        return outcome instanceof Refusal refusal ? new TreeOutcome.Refused(refusal) : (TreeOutcome) outcome;
    }

    public PlotOutcome plot(Path masterFile, PlotRequest request) {
        Object outcome = cached(masterFile, request, document -> new PlotOutcome.Rendered(
                renderPlot.render(document, request, Deadline.after(settings.timeLimit()))));
        return outcome instanceof Refusal refusal ? new PlotOutcome.Refused(refusal) : (PlotOutcome) outcome;
    }

    private Object cached(Path masterFile, PlotRequest request, Function<HdfDocument, Object> work) {
        BasicFileAttributes attributes;
        Path file = masterFile.toAbsolutePath().normalize();
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Refusal(RefusalReason.FILE_MISSING, "no file " + file.getFileName());
        }
        if (!attributes.isRegularFile()) {
            return new Refusal(RefusalReason.FILE_MISSING, file.getFileName() + " is not a file");
        }
        CacheKey key = new CacheKey(file, attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), request);
        Object known = cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Object outcome = computeBounded(file, work);
        if (!(outcome instanceof Refusal refusal && (refusal.reason() == RefusalReason.BUSY
                || refusal.reason() == RefusalReason.TIMED_OUT))) {
            cache.put(key, outcome);
        }
        return outcome;
    }

    private Object computeBounded(Path file, Function<HdfDocument, Object> work) {
        Future<Object> future;
        try {
            future = workers.submit(() -> compute(file, work));
        } catch (RejectedExecutionException e) {
            return new Refusal(RefusalReason.BUSY, "every preview worker is busy");
        }
        try {
            return future.get(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Refusal(RefusalReason.TIMED_OUT, "the preview took longer than " + settings.timeLimit());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Refusal(RefusalReason.TIMED_OUT, "interrupted");
        } catch (ExecutionException e) {
            // compute catches everything it expects; this is a defect, logged, still a typed answer
            LOG.log(Level.WARNING, "preview of " + file.getFileName() + " failed", e.getCause());
            return new Refusal(RefusalReason.NOT_HDF5, file.getFileName() + " cannot be read as HDF5");
        }
    }

    private Object compute(Path file, Function<HdfDocument, Object> work) {
        try (HdfDocument document = reader.open(file)) {
            return work.apply(document);
        } catch (PreviewRefusedException e) {
            return e.refusal();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // jhdf on a corrupt or truncated file: malformed structures surface as any runtime exception,
            // and a bogus size or a deep structure as an error of one allocation or one recursion
            LOG.log(Level.FINE, "cannot read " + file.getFileName(), e);
            return new Refusal(RefusalReason.NOT_HDF5, file.getFileName() + " cannot be read as HDF5 (corrupt?)");
        }
    }

    private static int weight(Object value) {
        if (value instanceof PlotOutcome.Rendered rendered) {
            return rendered.image().png().length + 512;
        }
        if (value instanceof TreeOutcome.Shown shown) {
            return shown.tree().shownNodes() * 400 + 512;
        }
        return 256;
    }

    @Override
    public void close() {
        if (ownWorkers) {
            workers.shutdownNow();
        }
    }
}
