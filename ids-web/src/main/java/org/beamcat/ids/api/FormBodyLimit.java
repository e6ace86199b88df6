package org.beamcat.ids.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.beamcat.ids.config.IdsSettings;

/**
 * Bounds the form body of the IDS's POST calls. The container reads a form whole, whatever its size, so
 * without a bound one request of a gigabyte fills the heap. The bound follows from
 * {@code beamcat.ids.max-ids-per-request}: room for that many ids of 19 digits, each with an encoded comma,
 * and the other fields. A body beyond it is answered 413 in the contract's JSON, before it is read whole.
 */
@Provider
@ApplicationScoped
public class FormBodyLimit implements ContainerRequestFilter {

    /** Bytes per id (19 digits and "%2C"), rounded up, and room for sessionId, zip, compress, outname. */
    static final int BYTES_PER_ID = 24;
    static final int OTHER_FIELDS = 64 * 1024;

    @Inject
    IdsSettings settings;

    static long limit(int maxIds) {
        return (long) maxIds * BYTES_PER_ID + OTHER_FIELDS;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        long limit = limit(settings.maxIdsPerRequest());
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        // Chunked or lying about its length: read at most one byte more than the limit.
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static jakarta.ws.rs.core.Response tooLarge(long limit) {
        return IdsError.response(413, "BadRequestException", "The form body is larger than " + limit
                + " bytes, the most this IDS takes (it follows from beamcat.ids.max-ids-per-request)");
    }
}
