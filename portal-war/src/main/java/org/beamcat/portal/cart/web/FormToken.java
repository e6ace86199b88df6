package org.beamcat.portal.cart.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token of the portal's plain (non-Faces) POST forms: "Add to cart" on any list and "Download this
 * dataset". A form from another site cannot know it, so it cannot add to a cart or start a download (CSRF).
 */
@Named("formToken")
@SessionScoped
public class FormToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    public FormToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String getValue() {
        return value;
    }

    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
