package org.beamcat.ids.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;

/** The file archive with a switch that makes reads fail, like upstream's reliability file (contract 4.5). */
final class FlakyArchive implements ArchiveStorage {

    private final ArchiveStorage delegate;
    volatile boolean failing;

    FlakyArchive(ArchiveStorage delegate) {
        this.delegate = delegate;
    }

    private void maybeFail() throws IOException {
        if (failing) {
            throw new IOException("The test archive is failing");
        }
    }

    @Override
    public void put(DsInfo dataset, InputStream zip) throws IOException {
        maybeFail();
        delegate.put(dataset, zip);
    }

    @Override
    public void get(DsInfo dataset, Path target) throws IOException {
        maybeFail();
        delegate.get(dataset, target);
    }

    @Override
    public void delete(DsInfo dataset) throws IOException {
        delegate.delete(dataset);
    }

    @Override
    public boolean exists(DsInfo dataset) throws IOException {
        return delegate.exists(dataset);
    }

    @Override
    public void put(InputStream body, String location) throws IOException {
        maybeFail();
        delegate.put(body, location);
    }

    @Override
    public void delete(String location) throws IOException {
        delegate.delete(location);
    }

    @Override
    public boolean exists(String location) throws IOException {
        return delegate.exists(location);
    }

    @Override
    public Set<DfInfo> restore(MainStorage main, List<DfInfo> datafiles) {
        return failing ? new LinkedHashSet<>(datafiles) : delegate.restore(main, datafiles);
    }
}
