package org.beamcat.messages;

/**
 * How big a message may be before it is refused unread. A dataset message is a few kilobytes (the ESRF
 * definitions have some 700 parameter names); the default leaves room for long positioner lists while
 * keeping one message from exhausting the memory of a broker consumer or an HTTP endpoint.
 *
 * @param maxBytes largest accepted message, in bytes (for text already decoded: in characters)
 */
public record MessageLimits(int maxBytes) {

    public static final MessageLimits DEFAULT = new MessageLimits(1024 * 1024);

    public MessageLimits {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024, got " + maxBytes);
        }
    }
}
