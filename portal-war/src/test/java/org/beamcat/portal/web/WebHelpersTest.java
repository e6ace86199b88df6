package org.beamcat.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.portal.catalogue.Authenticator;
import org.junit.jupiter.api.Test;

class WebHelpersTest {

    @Test
    void aSessionDoiLinksToItsLandingPageWithEachSegmentEncoded() {
        assertEquals("/doi/10.5072/ESRF-ES-1234", DoiLinks.landingPath("10.5072/ESRF-ES-1234"));
        assertEquals("/doi/10.5072/a/b%3Fc%23", DoiLinks.landingPath("doi:10.5072/a/b?c#"));
        assertNull(DoiLinks.landingPath("10.5072/with space"));
        assertEquals("/doi/10.15151/x", DoiLinks.landingPath("https://doi.org/10.15151/x"));
        assertNull(DoiLinks.landingPath(null));
        assertNull(DoiLinks.landingPath("not a doi"));
        assertNull(DoiLinks.landingPath("javascript:alert(1)"));
    }

    @Test
    void sortLinksRestartAtTheFirstPageAndFlipTheDirectionOfTheCurrentKey() {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("page", "3");
        request.put("sort", "name");
        request.put("dir", "asc");
        request.put("evil", "x");
        Links links = Links.forList("/investigation.xhtml", Map.of("id", "7"), request);
        assertEquals("/investigation.xhtml?id=7&sort=name&dir=desc", links.sortBy("name", "name", true));
        assertEquals("/investigation.xhtml?id=7&sort=start&dir=asc", links.sortBy("start", "name", true));
        assertEquals("/investigation.xhtml?id=7&sort=name&dir=asc&page=4", links.page(4));
        assertEquals("/investigation.xhtml?id=7&sort=name&dir=asc", links.page(1));
        assertFalse(links.page(2).contains("evil"), "only the list's own parameters are carried");
        assertEquals("/search.xhtml?q=a+%26+b", new Links("/search.xhtml", Map.of()).with("q", "a & b"));
    }

    @Test
    void loginFormIdsAreSafeWhateverTheCatalogueCallsThings() {
        LoginForm simple = LoginForm.of(new Authenticator("simple", "Simple", List.of(
                new Authenticator.CredentialKey("username", false), new Authenticator.CredentialKey("password", true))), 0);
        assertEquals("login-simple", simple.formId());
        assertEquals(List.of("username", "password"), simple.fields().stream().map(LoginForm.Field::id).toList());
        assertEquals("simple/password", simple.fields().get(1).valueKey());
        assertTrue(simple.fields().get(1).hidden());
        LoginForm odd = LoginForm.of(new Authenticator("ldap:\"x\"", "LDAP", List.of(
                new Authenticator.CredentialKey("user name", false), new Authenticator.CredentialKey("1pin", true))), 2);
        assertTrue(odd.formId().matches("[A-Za-z0-9_-]+"), odd.formId());
        assertEquals(List.of("key0", "key1"), odd.fields().stream().map(LoginForm.Field::id).toList());
        assertEquals("user name", odd.fields().get(0).name());
    }

    @Test
    void onlyPortalPagesAreRememberedForAfterTheLogin() {
        assertTrue(PortalPaths.isReturnable("/investigation.xhtml?id=7&page=2"));
        assertFalse(PortalPaths.isReturnable("/login.xhtml"));
        assertFalse(PortalPaths.isReturnable("//evil.example/x.xhtml"));
        assertFalse(PortalPaths.isReturnable("/search.xhtml?q=<script>"));
        assertTrue(PortalPaths.isOpen("/beamcat/beamcat.css"));
        assertFalse(PortalPaths.isOpen("/investigations.xhtml"));
    }

    @Test
    void payarasOwnEndpointsInTheRootContextPassTheDoor() {
        for (String path : new String[] {"/health", "/health/ready", "/health/live", "/metrics", "/openapi"}) {
            assertTrue(PortalPaths.isServerEndpoint(path), path);
        }
        for (String path : new String[] {"/healthy.xhtml", "/investigations.xhtml", "/metricsx", "/x/health"}) {
            assertFalse(PortalPaths.isServerEndpoint(path), path);
        }
    }
}
