package org.beamcat.portal.downloads;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The download use cases: prepare a selection at the IDS and record it for the person; tell each recorded
 * download's state from the IDS's answers, with how much of a restoring one is online already.
 */
public class Downloads {

    /** The most downloads "My downloads" shows. */
    public static final int LISTED = 50;
    /** Progress is measured over at most this many parts of a selection (each costs two IDS calls). */
    static final int PROGRESS_PARTS = 40;

    private final DataService ids;
    private final DownloadStore store;
    private final Clock clock;

    public Downloads(DataService ids, DownloadStore store, Clock clock) {
        this.ids = ids;
        this.store = store;
        this.clock = clock;
    }

    /** Prepares the selection with the caller's session and records the download. */
    public Download start(String userName, String sessionId, String name, String summary, DataSelection selection)
            throws IdsFailure {
        if (selection.isEmpty()) {
            throw new IdsFailure(IdsFailure.Kind.BAD_REQUEST, "nothing to download");
        }
        String preparedId = ids.prepare(sessionId, selection);
        return store.save(userName, name, preparedId, clock.instant(), summary, selection);
    }

    public List<Download> of(String userName) {
        return store.of(userName, LISTED);
    }

    public Optional<Download> find(String userName, long id) {
        return store.find(userName, id);
    }

    /** The download's state now; the caller's session measures progress (their rules apply). */
    public DownloadStatus status(String sessionId, Download download) {
        Preparation preparation;
        try {
            preparation = ids.preparation(download.preparedId());
        } catch (IdsFailure e) {
            return new DownloadStatus(download, DownloadState.FAILED, 0);
        }
        return switch (preparation) {
            case READY -> new DownloadStatus(download, DownloadState.READY, 100);
            case UNKNOWN -> new DownloadStatus(download, DownloadState.EXPIRED, 0);
            case FAILED -> new DownloadStatus(download, DownloadState.FAILED, 0);
            case NOT_YET -> new DownloadStatus(download, DownloadState.RESTORING, percentOnline(sessionId, download));
        };
    }

    public List<DownloadStatus> statuses(String userName, String sessionId) {
        return of(userName).stream().map(d -> status(sessionId, d)).toList();
    }

    /**
     * How much of the selection is ONLINE: bytes of the online parts over all bytes (parts counted when there are
     * no bytes). Never 100 while not prepared: the last part may be online but not yet unpacked.
     */
    int percentOnline(String sessionId, Download download) {
        List<DataSelection> parts = download.selection().parts();
        if (parts.size() > PROGRESS_PARTS) {
            parts = parts.subList(0, PROGRESS_PARTS);
        }
        long total = 0;
        long online = 0;
        int onlineParts = 0;
        try {
            for (DataSelection part : parts) {
                long size = ids.size(sessionId, part);
                total += size;
                if (ids.status(sessionId, part) == StorageState.ONLINE) {
                    online += size;
                    onlineParts++;
                }
            }
        } catch (IdsFailure e) {
            return 0;
        }
        int percent = total > 0 ? (int) (online * 100 / total)
                : parts.isEmpty() ? 0 : onlineParts * 100 / parts.size();
        return Math.min(percent, 99);
    }
}
