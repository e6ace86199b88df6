package org.beamcat.portal.session;

import java.io.Serializable;
import java.time.Instant;
import org.beamcat.portal.catalogue.Caller;

/**
 * A person logged in to the portal: their catalogue session (kept on the server only), whether they came in
 * anonymously ("browse public data"), whether the rules let them read more than their own and the public
 * investigations (then the portal offers "Everything"), and when the catalogue session was last refreshed.
 */
public record LoggedIn(Caller caller, String authenticator, boolean anonymous, boolean seesEverything,
        Instant refreshedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    public LoggedIn refreshed(Instant at) {
        return new LoggedIn(caller, authenticator, anonymous, seesEverything, at);
    }

    /** The user name without the authenticator's prefix ({@code alice} for {@code simple/alice}). */
    public String displayName() {
        String name = caller.userName();
        int slash = name.indexOf('/');
        return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
    }

    @Override
    public String toString() {
        return "LoggedIn[" + caller.userName() + " via " + authenticator + "]";
    }
}
