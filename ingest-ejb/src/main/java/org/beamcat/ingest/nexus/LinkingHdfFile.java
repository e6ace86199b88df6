package org.beamcat.ingest.nexus;

import io.jhdf.Superblock;
import io.jhdf.WritableHdfFile;
import io.jhdf.storage.HdfFileChannel;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An HDF5 file whose groups can hold external links ({@link LinkingGroup}): jhdf's superblock and
 * datasets, our groups. Like jhdf's {@link WritableHdfFile}, the tree is built in memory and written on
 * {@link #close()}.
 */
public final class LinkingHdfFile implements AutoCloseable {

    private final FileChannel channel;
    private final Superblock.SuperblockV2V3 superblock = new Superblock.SuperblockV2V3();
    private final HdfFileChannel hdf;
    private final LinkingGroup root = new LinkingGroup(null, "/");

    private LinkingHdfFile(FileChannel channel) {
        this.channel = channel;
        this.hdf = new HdfFileChannel(channel, superblock);
    }

    public static LinkingHdfFile create(Path file) throws IOException {
        return new LinkingHdfFile(FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
    }

    public LinkingGroup root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            // the root group goes where the superblock says it is, right after it (as jhdf does)
            root.write(hdf, WritableHdfFile.ROOT_GROUP_ADDRESS);
            hdf.write(superblock.toBuffer(channel.size()), 0L);
        }
    }
}
