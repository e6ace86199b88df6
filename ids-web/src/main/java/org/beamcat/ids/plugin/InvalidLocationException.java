package org.beamcat.ids.plugin;

/**
 * A storage refused a location or file name: absolute, containing "..", escaping the root through a
 * symbolic link, or otherwise unsafe. The REST layer answers 400 BadRequestException, as the
 * contract does for a plugin's IllegalArgumentException.
 */
public class InvalidLocationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidLocationException(String location, String reason) {
        super("The location '" + location + "' is refused: " + reason);
    }
}
