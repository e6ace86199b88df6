package org.beamcat.ingest.convert.edf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One EDF header block, checked against the file: where its data starts, how the data is laid out,
 * and every {@code key = value} pair in file order.
 *
 * @param frame      1-based frame index in the file
 * @param offset     byte offset of the header block
 * @param dataOffset byte offset of the binary data (header blocks are multiples of 512 bytes)
 * @param images     images in this frame: {@code Dim_3}, 1 when absent
 */
public record EdfFrameHeader(int frame, long offset, long dataOffset, int dim1, int dim2, int images,
                             EdfDataType dataType, EdfByteOrder byteOrder, Map<String, String> keys) {

    public EdfFrameHeader {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    public long dataBytes() {
        return (long) dim1 * dim2 * images * dataType.bytes();
    }

    public long end() {
        return dataOffset + dataBytes();
    }
}
