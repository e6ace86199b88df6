package org.beamcat.ingest.convert.edf;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beamcat.ingest.convert.LegacyFormatException;

/**
 * Parses the text between an EDF header's braces and checks it: required keys, known data type and byte
 * order, and sizes that agree with each other. Kept apart from the I/O so that it reads as the format does.
 */
final class EdfHeaderParser {

    private EdfHeaderParser() {
    }

    static EdfFrameHeader parse(Path file, int frame, long offset, long dataOffset, long headerLength, String body)
            throws LegacyFormatException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String pair : body.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                keys.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            } else if (!pair.isBlank()) {
                throw LegacyFormatException.inFrame(file, frame, offset, "'" + pair.strip() + "' is not 'key = value'");
            }
        }
        EdfHeaderKeys header = new EdfHeaderKeys(file, frame, offset, keys);
        int dim1 = header.positiveInt("Dim_1", null);
        int dim2 = header.positiveInt("Dim_2", 1);
        int dim3 = header.positiveInt("Dim_3", 1);
        String typeName = header.required("DataType");
        EdfDataType type = EdfDataType.of(typeName).orElseThrow(() -> header.error("unknown DataType '" + typeName + "'"));
        EdfByteOrder order = header.byteOrder(type);
        header.rejectCompression();
        EdfFrameHeader parsed = new EdfFrameHeader(frame, offset, dataOffset, dim1, dim2, dim3, type, order, keys);
        // A header that lies about its size would make every later frame read garbage: refuse it.
        header.mustEqual("Size", parsed.dataBytes(), "Dim_1 x Dim_2 x Dim_3 x " + type.bytes() + " bytes");
        header.mustEqual("EDF_BinarySize", parsed.dataBytes(), "Dim_1 x Dim_2 x Dim_3 x " + type.bytes() + " bytes");
        header.mustEqual("EDF_HeaderSize", headerLength, "the header block's length");
        return parsed;
    }
}
