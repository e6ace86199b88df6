package org.beamcat.ingest.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.beamcat.ingest.convert.edf.EdfByteOrder;
import org.beamcat.ingest.convert.edf.EdfDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyFormatTest {

    @TempDir
    Path tmp;

    private Optional<LegacyFormat> detect(byte[] content) throws Exception {
        return LegacyFormat.detect(Files.write(tmp.resolve("file"), content));
    }

    @Test
    void recognisesByContentNotByName() throws Exception {
        assertEquals(Optional.of(LegacyFormat.EDF),
                detect(EdfTestFiles.file(EdfDataType.FLOAT, EdfByteOrder.LOW_BYTE_FIRST, 2, 2, 1)));
        assertEquals(Optional.of(LegacyFormat.SPEC), detect(SpecTestFiles.fileHeader().getBytes()));
        assertEquals(Optional.of(LegacyFormat.SPEC), detect("#S 1 ascan\n#L a\n1\n".getBytes()));
        assertEquals(Optional.of(LegacyFormat.EDF), detect("\n{\nDim_1 = 3 ;\n".getBytes()));
    }

    @Test
    void otherFilesAreNotLegacy() throws Exception {
        assertEquals(Optional.empty(), detect(new byte[0]));
        assertEquals(Optional.empty(), detect(new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'}));
        assertEquals(Optional.empty(), detect("{\"json\": true}".getBytes()));
        assertEquals(Optional.empty(), detect("# a shell comment\necho hi\n".getBytes()));
    }
}
