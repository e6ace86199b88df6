package org.beamcat.ids.config;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * The IDS reader account: a catalogue user (normally a root user) the IDS logs in as for work done
 * without a caller's session (getStatus without sessionId, the deferred-operation queue, the tidier,
 * the existence check before a prepared download).
 *
 * @param authenticator the catalogue login method ({@code beamcat.ids.reader.authenticator}, default simple)
 * @param user          user name ({@code beamcat.ids.reader.user})
 * @param password      password ({@code beamcat.ids.reader.password}); never shown by {@link #toString()}
 */
public record ReaderSettings(String authenticator, String user, String password) {

    public static final String AUTHENTICATOR = "beamcat.ids.reader.authenticator";
    public static final String USER = "beamcat.ids.reader.user";
    public static final String PASSWORD = "beamcat.ids.reader.password";

    private static final Pattern MNEMONIC = Pattern.compile("[A-Za-z0-9_.-]+");

    /** The reader account, or empty when no reader user is set (then a password must not be set either). */
    public static Optional<ReaderSettings> read(SettingsReader reader) {
        String authenticator = reader.stringMatching(AUTHENTICATOR, "simple", MNEMONIC, "an authenticator mnemonic");
        Optional<String> user = reader.optionalString(USER).filter(u -> !u.isBlank());
        if (user.isEmpty()) {
            if (reader.optionalString(PASSWORD).isPresent()) {
                throw new InvalidSettingException(USER, "no value is set, but " + PASSWORD + " is");
            }
            return Optional.empty();
        }
        return Optional.of(new ReaderSettings(authenticator, user.get(), reader.requiredString(PASSWORD)));
    }

    /** The credentials of an ICAT login with a username/password authenticator. */
    public Map<String, String> credentials() {
        return Map.of("username", user, "password", password);
    }

    @Override
    public String toString() {
        return "ReaderSettings[" + authenticator + "/" + user + ", password not shown]";
    }
}
