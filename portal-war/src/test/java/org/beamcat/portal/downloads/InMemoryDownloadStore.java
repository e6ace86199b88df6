package org.beamcat.portal.downloads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The download store in a list. */
public class InMemoryDownloadStore implements DownloadStore {

    private final List<Download> downloads = new ArrayList<>();

    @Override
    public Download save(String userName, String name, String preparedId, Instant created, String summary,
            DataSelection selection) {
        Download d = new Download(downloads.size() + 1, userName, name, preparedId, created, summary, selection);
        downloads.add(d);
        return d;
    }

    @Override
    public List<Download> of(String userName, int limit) {
        return downloads.stream().filter(d -> d.userName().equals(userName))
                .sorted(Comparator.comparing(Download::created).thenComparing(Download::id).reversed()).limit(limit)
                .toList();
    }

    @Override
    public Optional<Download> find(String userName, long id) {
        return downloads.stream().filter(d -> d.userName().equals(userName) && d.id() == id).findFirst();
    }
}
