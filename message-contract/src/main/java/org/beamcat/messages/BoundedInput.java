package org.beamcat.messages;

import java.io.IOException;
import java.io.InputStream;

/** Reads a message body, refusing it as soon as it passes the limit (never buffers more than that). */
final class BoundedInput {

    private BoundedInput() {
    }

    static byte[] read(InputStream in, MessageLimits limits) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
        checkSize(bytes.length, limits);
        return bytes;
    }

    static void checkSize(int size, MessageLimits limits) {
        if (size > limits.maxBytes()) {
            throw new InvalidMessageException("message", "is larger than " + limits.maxBytes() + " bytes");
        }
    }
}
