package org.beamcat.icat.server.authn.simple;

import java.util.LinkedHashMap;
import java.util.Map;
import org.beamcat.icat.server.authn.password.StoredPassword;

/**
 * Reads the simple authenticator's user list: {@code name:password,name:password}, where each password
 * is {@code pbkdf2-sha256:…} (see HashPassword) or {@code plain:…} (demonstrations). Commas separate
 * users, so plain passwords cannot contain one; the first colon ends the name.
 */
public final class SimpleUsers {

    private SimpleUsers() {
    }

    /** @throws IllegalArgumentException naming the entry (never the password) that is wrong */
    public static Map<String, StoredPassword> parse(String text) {
        Map<String, StoredPassword> users = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("an entry does not look like name:password");
            }
            String name = trimmed.substring(0, colon);
            if (!name.matches("[^\\s/]+")) {
                throw new IllegalArgumentException("user name '" + name + "' must not contain spaces or '/'");
            }
            StoredPassword password;
            try {
                password = StoredPassword.parse(trimmed.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the password of user '" + name + "' is not usable: " + e.getMessage());
            }
            if (users.put(name, password) != null) {
                throw new IllegalArgumentException("user '" + name + "' is listed twice");
            }
        }
        return users;
    }
}
