package org.beamcat.messages;

/**
 * One reason a message is invalid: which field ({@code path}, e.g. {@code dataset/location} or
 * {@code dataset/parameter[3]/value}, positions counted from 1, the same for the XML and the JSON form)
 * and why.
 */
public record Problem(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
