package org.beamcat.ingest.convert.edf;

import java.nio.ByteBuffer;

/**
 * The image stack as the Java array jhdf writes: {@code [image][Dim_2][Dim_1]} of the primitive type as
 * wide as the EDF type (unsigned values keep their bits; the dataset is marked unsigned). Filled one
 * frame at a time; the whole stack must exist before jhdf can write it (no slab writes).
 */
final class EdfStack {

    private final EdfDataType type;
    private final int dim1;
    private final int dim2;
    private final Object array;
    private int filled;

    EdfStack(EdfDataType type, int images, int dim2, int dim1) {
        this.type = type;
        this.dim1 = dim1;
        this.dim2 = dim2;
        this.array = switch (type) {
            case UNSIGNED_BYTE, SIGNED_BYTE -> new byte[images][dim2][dim1];
            case UNSIGNED_SHORT, SIGNED_SHORT -> new short[images][dim2][dim1];
            case UNSIGNED_INT, SIGNED_INT -> new int[images][dim2][dim1];
            case UNSIGNED_64, SIGNED_64 -> new long[images][dim2][dim1];
            case FLOAT -> new float[images][dim2][dim1];
            case DOUBLE -> new double[images][dim2][dim1];
        };
    }

    /** Appends the images of one frame; {@code data} is positioned at the start and ordered as the file. */
    void add(ByteBuffer data, int images) {
        for (int image = 0; image < images; image++, filled++) {
            for (int row = 0; row < dim2; row++) {
                readRow(data, filled, row);
            }
        }
    }

    private void readRow(ByteBuffer data, int image, int row) {
        switch (type) {
            case UNSIGNED_BYTE, SIGNED_BYTE -> data.get(((byte[][][]) array)[image][row]);
            case UNSIGNED_SHORT, SIGNED_SHORT -> advance(data, data.asShortBuffer().get(((short[][][]) array)[image][row]));
            case UNSIGNED_INT, SIGNED_INT -> advance(data, data.asIntBuffer().get(((int[][][]) array)[image][row]));
            case UNSIGNED_64, SIGNED_64 -> advance(data, data.asLongBuffer().get(((long[][][]) array)[image][row]));
            case FLOAT -> advance(data, data.asFloatBuffer().get(((float[][][]) array)[image][row]));
            case DOUBLE -> advance(data, data.asDoubleBuffer().get(((double[][][]) array)[image][row]));
        }
    }

    /** The typed views do not move the byte buffer; move it past the row just read. */
    private void advance(ByteBuffer data, Object ignored) {
        data.position(data.position() + dim1 * type.bytes());
    }

    Object array() {
        return array;
    }
}
