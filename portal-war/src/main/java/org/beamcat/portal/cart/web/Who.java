package org.beamcat.portal.cart.web;

import java.util.Optional;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.web.UserSession;

/**
 * Who may use a cart and downloads: a person logged in with an account of their own. Anonymous visitors share one
 * catalogue user (anon), so a cart of theirs would be everybody's: they get none.
 */
public final class Who {

    private Who() {
    }

    public static Optional<Caller> personal(UserSession session) {
        if (!session.isLoggedIn() || session.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.of(session.caller());
    }
}
