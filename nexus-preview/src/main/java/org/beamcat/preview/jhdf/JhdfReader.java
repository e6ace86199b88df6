package org.beamcat.preview.jhdf;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfReader;

/**
 * The HDF5 port with jhdf. jhdf 0.13 reads external and soft links and hyperslabs
 * ({@code Dataset.getData(offset, dimensions)}, contiguous and chunked); links are nevertheless resolved
 * here, not by jhdf, so that an external link is followed only into a file under the master file's folder
 * and a loop of links ends.
 */
public final class JhdfReader implements HdfReader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @Override
    public HdfDocument open(Path masterFile) {
        Path real;
        try {
            real = masterFile.toRealPath();
        } catch (IOException e) {
            throw new PreviewRefusedException(RefusalReason.FILE_MISSING, "no file " + masterFile.getFileName());
        }
        if (!Files.isRegularFile(real)) {
            throw new PreviewRefusedException(RefusalReason.FILE_MISSING, masterFile.getFileName() + " is not a file");
        }
        return new JhdfDocument(openChecked(real, masterFile.getFileName().toString()), real.getParent());
    }

    /** Opens a file that carries the HDF5 signature; anything else (or a jhdf failure) is NOT_HDF5. */
    static HdfFile openChecked(Path file, String shownName) {
        if (!hasSignature(file)) {
            throw new PreviewRefusedException(RefusalReason.NOT_HDF5, shownName + " is not an HDF5 file");
        }
        try {
            return new HdfFile(file);
        } catch (RuntimeException e) {
            throw new PreviewRefusedException(RefusalReason.NOT_HDF5, shownName + " cannot be read as HDF5");
        }
    }

    /** The superblock sits at 0, 512, 1024, 2048, ... (HDF5 format, user block). */
    static boolean hasSignature(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long offset = 0; offset + SIGNATURE.length <= size && offset <= (1L << 20);
                    offset = offset == 0 ? 512 : offset * 2) {
                ByteBuffer buffer = ByteBuffer.allocate(SIGNATURE.length);
                channel.read(buffer, offset);
                if (java.util.Arrays.equals(buffer.array(), SIGNATURE)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
