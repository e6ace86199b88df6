package org.beamcat.landing.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.ServiceCatalogue;

/**
 * The one error contract of the {@code /doi/admin/*} calls: JSON {@code {"code","message"}} with the
 * ICAT error codes, and the shared root check on the {@code sessionId} form field.
 */
final class AdminCalls {

    private AdminCalls() {
    }

    /** True if the request carries a root user's session; otherwise the refusal has been answered. */
    static boolean requireRoot(HttpServletRequest request, HttpServletResponse response, ServiceCatalogue catalogue)
            throws IOException {
        String sessionId = request.getParameter("sessionId");
        if (sessionId == null || sessionId.isBlank()) {
            answer(response, 400, error("BAD_PARAMETER", "sessionId is required"));
            return false;
        }
        try {
            if (!catalogue.isRoot(sessionId.strip())) {
                answer(response, 403, error("INSUFFICIENT_PRIVILEGES", "only root users may do this"));
                return false;
            }
            return true;
        } catch (IcatException e) {
            int status = e.type() == IcatErrorType.SESSION ? 403 : 502;
            answer(response, status, error(e.type() == null ? "INTERNAL" : e.type().name(), e.getMessage()));
            return false;
        }
    }

    static JsonObject error(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message == null ? "" : message).build();
    }

    static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
