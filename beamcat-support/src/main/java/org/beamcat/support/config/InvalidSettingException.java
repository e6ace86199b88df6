package org.beamcat.support.config;

/**
 * A setting is missing or has a value the application cannot run with. Thrown while the application
 * starts, so the deployment fails with a message that names the key and says what is wrong.
 */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidSettingException(String key, String problem) {
        super("Invalid setting '" + key + "': " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
