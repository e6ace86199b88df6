package org.beamcat.portal.cart.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.cart.web.ServletChecks.ItemForm;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.web.UserSession;
import org.junit.jupiter.api.Test;

/** The refusals the cart's and downloads' servlets share, in the order they are made. */
class ServletChecksTest {

    private static final Caller ALICE = new Caller("session-1", "simple/alice");
    private final FormToken token = new FormToken();
    private final Map<String, Object> answer = new HashMap<>();

    private static UserSession session(boolean loggedIn, boolean anonymous) {
        return new UserSession() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isLoggedIn() {
                return loggedIn;
            }

            @Override
            public boolean isAnonymous() {
                return anonymous;
            }

            @Override
            public Caller caller() {
                return ALICE;
            }
        };
    }

    private static HttpServletRequest request(Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(ServletChecksTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameter")) {
                        return parameters.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(ServletChecksTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "sendError" -> answer.put("status", args[0]);
                        case "setHeader" -> answer.put((String) args[0], args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    private Optional<ItemForm> post(UserSession session, Map<String, String> parameters) throws Exception {
        return ServletChecks.itemForm(request(parameters), response(), session, token);
    }

    @Test
    void aPersonsFormWithTheTokenNamesItsItem() throws Exception {
        Optional<ItemForm> form = post(session(true, false), Map.of("token", token.getValue(), "kind", "dataset", "id", "42"));
        assertEquals(Optional.of(new ItemForm(ALICE, ItemKind.DATASET, 42)), form);
        assertNull(answer.get("status"));
    }

    @Test
    void strangersAnonymousVisitorsAndFormsWithoutTheTokenAreForbiddenBeforeTheItemIsRead() throws Exception {
        Map<String, String> badItem = Map.of("token", token.getValue(), "kind", "nonsense", "id", "-1");
        assertTrue(post(session(false, false), badItem).isEmpty());
        assertEquals(403, answer.get("status"));
        answer.clear();
        assertTrue(post(session(true, true), badItem).isEmpty());
        assertEquals(403, answer.get("status"));
        answer.clear();
        assertTrue(post(session(true, false), Map.of("token", "forged", "kind", "dataset", "id", "42")).isEmpty());
        assertEquals(403, answer.get("status"));
    }

    @Test
    void aBadKindOrIdIsABadRequest() throws Exception {
        assertTrue(post(session(true, false), Map.of("token", token.getValue(), "kind", "sample", "id", "42")).isEmpty());
        assertEquals(400, answer.get("status"));
        answer.clear();
        assertTrue(post(session(true, false), Map.of("token", token.getValue(), "kind", "dataset", "id", "0")).isEmpty());
        assertEquals(400, answer.get("status"));
    }

    @Test
    void aGetOfAFormsActionIsNotAllowed() throws Exception {
        ServletChecks.postOnly(response());
        assertEquals(405, answer.get("status"));
        assertEquals("POST", answer.get("Allow"));
    }

    @Test
    void personAndIdRefuseOnTheirOwn() throws Exception {
        assertTrue(ServletChecks.person(session(true, true), response()).isEmpty());
        assertEquals(403, answer.get("status"));
        answer.clear();
        assertEquals(Optional.of(ALICE), ServletChecks.person(session(true, false), response()));
        assertTrue(ServletChecks.id(request(Map.of("id", "12x")), response()).isEmpty());
        assertEquals(400, answer.get("status"));
    }
}
