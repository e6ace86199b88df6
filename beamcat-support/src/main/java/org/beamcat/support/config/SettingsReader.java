package org.beamcat.support.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Reads raw setting strings and turns them into typed values, failing with an
 * {@link InvalidSettingException} that names the key. Each module's settings class uses one of these,
 * so every module validates the same way whether the value comes from a system property, the
 * environment or a domain-level config property.
 */
public final class SettingsReader {

    private final Function<String, Optional<String>> rawValues;

    public SettingsReader(Function<String, Optional<String>> rawValues) {
        this.rawValues = rawValues;
    }

    /** Reads through MicroProfile Config (system properties, environment, Payara config sources). */
    public static SettingsReader of(Config config) {
        return new SettingsReader(key -> config.getOptionalValue(key, String.class));
    }

    public Optional<String> optionalString(String key) {
        return rawValues.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    public String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> new InvalidSettingException(key, "no value is set"));
    }

    public String stringMatching(String key, String defaultValue, Pattern pattern, String expected) {
        String value = optionalString(key).orElse(defaultValue);
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidSettingException(key, "'" + value + "' is not " + expected);
        }
        return value;
    }

    public int intInRange(String key, int defaultValue, int min, int max) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, "'" + raw.get() + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new InvalidSettingException(key, value + " is outside the allowed range " + min + ".." + max);
        }
        return value;
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new InvalidSettingException(key, "'" + raw.get() + "' is not true or false");
        };
    }

    /** An absolute http(s) URL without query or fragment, returned without a trailing slash. */
    public URI httpUrl(String key) {
        String raw = requiredString(key);
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(key, "'" + raw + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidSettingException(key, "'" + raw + "' is not an absolute http or https URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidSettingException(key, "'" + raw + "' must not have a query or a fragment");
        }
        return URI.create(raw.replaceAll("/+$", ""));
    }

    /** An absolute path to an existing directory that this process may read (and write, if asked). */
    public Path existingDirectory(String key, boolean mustBeWritable) {
        String raw = requiredString(key);
        Path path;
        try {
            path = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(key, "'" + raw + "' is not a valid path: " + e.getReason());
        }
        if (!path.isAbsolute()) {
            throw new InvalidSettingException(key, "'" + raw + "' is not an absolute path");
        }
        if (!Files.isDirectory(path)) {
            throw new InvalidSettingException(key, "'" + raw + "' is not an existing directory");
        }
        if (!Files.isReadable(path) || mustBeWritable && !Files.isWritable(path)) {
            throw new InvalidSettingException(key, "'" + raw + "' is not "
                    + (mustBeWritable ? "readable and writable" : "readable") + " by the server process");
        }
        return path.normalize();
    }
}
