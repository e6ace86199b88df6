package org.beamcat.ids.zip;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.MainStorage;

/** A main-storage file as a zip entry: its size read from storage, its CRC32 from the catalogue's checksum. */
public record MainStorageSource(MainStorage main, DfInfo datafile) implements ZipItem.Source {

    @Override
    public InputStream open() throws IOException {
        return main.get(datafile.dfLocation(), datafile.createId(), datafile.modId());
    }

    @Override
    public long size() throws IOException {
        return main.size(datafile.dfLocation());
    }

    @Override
    public OptionalLong crc32() {
        return datafile.crc32();
    }
}
