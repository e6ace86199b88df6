package org.beamcat.icat.server.write;

import org.beamcat.icat.server.IcatServerException;

/** Puts the index of the failing request element on an error that does not carry one yet. */
final class Offsets {

    private Offsets() {
    }

    static IcatServerException at(IcatServerException e, int offset) {
        return e.offset() >= 0 ? e : new IcatServerException(e.type(), e.getMessage(), offset);
    }

    /** For errors whose offset is an index into a list of rows: replaces it by that row's request offset. */
    static IcatServerException fromIndex(IcatServerException e, int[] offsets) {
        int index = e.offset();
        int offset = index >= 0 && index < offsets.length ? offsets[index] : offsets.length > 0 ? offsets[0] : -1;
        return new IcatServerException(e.type(), e.getMessage(), offset);
    }
}
