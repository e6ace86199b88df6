package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The data portal at / over plain HTTP, as a browser without JavaScript uses it (docs/portal.md). */
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT extends DeployedBeamCat {

    @Test
    void theLoginPageListsEveryAuthenticatorOfTheCatalogue() throws Exception {
        HttpResponse<String> login = Http.awaitStatus("/login.xhtml", 200, Duration.ofSeconds(60));
        assertEquals(200, login.statusCode(), login.body());
        String html = login.body();
        assertTrue(html.contains("id=\"login-simple\""), html);
        assertTrue(html.contains("id=\"login-db\""), html);
        assertTrue(html.contains("id=\"anonymous\""), "anon is offered as browse public data: " + html);
        assertFalse(html.contains("id=\"login-anon\""), "anon has no form");
        assertTrue(html.contains("beamcat.css"), html);
    }
}
