package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/**
 * What the container answers itself for a path no application serves, such as anything under an
 * application's WEB-INF or META-INF: the domain's own plain page (configure-http.sh's per-status pages,
 * which win over an application's error page there), never Payara's page naming the server and its version.
 */
final class DomainErrorPage {

    private DomainErrorPage() {
    }

    static void assertServed(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Request not served"), answer.body());
        for (String leak : new String[] {"Payara", "GlassFish", "Exception", "\tat "}) {
            assertFalse(answer.body().contains(leak), "'" + leak + "' in " + answer.body());
        }
        assertFalse(answer.headers().firstValue("X-Powered-By").isPresent(), "X-Powered-By " + answer.headers());
        assertFalse(answer.headers().firstValue("Server").isPresent(), "Server " + answer.headers());
    }
}
