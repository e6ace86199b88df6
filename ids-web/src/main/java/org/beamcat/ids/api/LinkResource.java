package org.beamcat.ids.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.beamcat.ids.error.NotImplementedException;

/**
 * {@code getLink} (deprecated in ids.server, dropped in its v3): hard links under the cache, granted to a Unix user
 * with {@code setfacl}, are of use only when users share the server's file system, which BeamCat's users do not.
 * So the call answers as ids.server does with linking switched off ({@code linkLifetimeSeconds} 0): 501 with
 * {@code {"code":"NotImplementedException",...}}, which ids.client and python-icat map to their own exception,
 * instead of the generic answer for unknown paths that they cannot parse.
 */
@Path("getLink")
public class LinkResource {

    static final String DISABLED = "Sorry getLink is disabled";

    @POST
    public String getLink() throws NotImplementedException {
        throw new NotImplementedException(DISABLED);
    }
}
