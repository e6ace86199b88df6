package org.beamcat.portal.web;

import java.util.List;
import java.util.regex.Pattern;
import org.beamcat.portal.catalogue.Authenticator;

/**
 * One authenticator's form on the login page, with ids that are safe as component ids whatever the catalogue
 * calls the authenticator and its keys ({@code login-simple}, {@code login-simple:username}).
 */
public record LoginForm(String formId, String mnemonic, String displayName, List<Field> fields) {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    /** A credential field: its component id, the key name (its label) and whether it is typed hidden. */
    public record Field(String id, String name, boolean hidden, String valueKey) {
    }

    static LoginForm of(Authenticator authenticator, int index) {
        String mnemonic = authenticator.mnemonic();
        String formId = "login-" + UNSAFE.matcher(mnemonic).replaceAll("_") + (UNSAFE.matcher(mnemonic).find() ? "-" + index : "");
        List<Field> fields = new java.util.ArrayList<>();
        int n = 0;
        for (Authenticator.CredentialKey key : authenticator.keys()) {
            String id = UNSAFE.matcher(key.name()).replaceAll("_");
            if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || UNSAFE.matcher(key.name()).find()) {
                id = "key" + n;
            }
            fields.add(new Field(id, key.name(), key.hidden(), mnemonic + "/" + key.name()));
            n++;
        }
        return new LoginForm(formId, mnemonic, authenticator.displayName(), fields);
    }
}
