package org.beamcat.portal.downloads;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** An in-memory IDS: sizes and states by part, prepared ids with scripted answers. */
public class FakeDataService implements DataService {

    public final Map<String, Long> sizes = new HashMap<>();
    public final Map<String, StorageState> states = new HashMap<>();
    public final Map<String, Preparation> preparations = new HashMap<>();
    /** Parts the caller may not read (getSize / getStatus answer 403). */
    public final Set<String> forbidden = new HashSet<>();
    public final Map<String, DataSelection> prepared = new HashMap<>();
    public IdsFailure failNextPrepare;
    private int next = 1;

    public static String key(DataSelection part) {
        return part.encode();
    }

    @Override
    public long size(String sessionId, DataSelection selection) throws IdsFailure {
        long total = 0;
        for (DataSelection part : selection.parts()) {
            if (forbidden.contains(key(part))) {
                throw new IdsFailure(IdsFailure.Kind.FORBIDDEN, "no");
            }
            total += sizes.getOrDefault(key(part), 0L);
        }
        return total;
    }

    @Override
    public StorageState status(String sessionId, DataSelection selection) throws IdsFailure {
        StorageState worst = StorageState.ONLINE;
        for (DataSelection part : selection.parts()) {
            StorageState s = states.getOrDefault(key(part), StorageState.ONLINE);
            if (s.ordinal() > worst.ordinal()) {
                worst = s;
            }
        }
        return worst;
    }

    @Override
    public String prepare(String sessionId, DataSelection selection) throws IdsFailure {
        if (failNextPrepare != null) {
            IdsFailure f = failNextPrepare;
            failNextPrepare = null;
            throw f;
        }
        String id = String.format("00000000-0000-0000-0000-%012d", next++);
        prepared.put(id, selection);
        preparations.putIfAbsent(id, Preparation.NOT_YET);
        return id;
    }

    @Override
    public Preparation preparation(String preparedId) {
        return preparations.getOrDefault(preparedId, Preparation.UNKNOWN);
    }
}
