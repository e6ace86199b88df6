package org.beamcat.icat.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.junit.jupiter.api.Test;

class LoginRequestTest {

    @Test
    void readsTheContractsExample() throws Exception {
        LoginRequest request = LoginRequest.parse(
                "{\"plugin\":\"db\",\"credentials\":[{\"username\":\"root\"},{\"password\":\"pw\"}]}");
        assertEquals(new LoginRequest("db", Map.of("username", "root", "password", "pw")), request);
    }

    @Test
    void oneObjectWithSeveralMembersMeansTheSame() throws Exception {
        assertEquals(Map.of("username", "u", "password", "p"), LoginRequest.parse(
                "{\"credentials\":[{\"username\":\"u\",\"password\":\"p\"}],\"plugin\":\"simple\"}").credentials());
    }

    @Test
    void nonStringValuesAreIgnored() throws Exception {
        LoginRequest request = LoginRequest.parse("{\"plugin\":\"simple\",\"credentials\":[{\"username\":\"u\","
                + "\"pin\":1234,\"remember\":true,\"x\":null,\"nested\":{\"password\":\"p\"}},\"loose\"]}");
        assertEquals(Map.of("username", "u", "password", "p"), request.credentials());
    }

    @Test
    void onlyTheTopLevelPluginAndCredentialsCount() throws Exception {
        LoginRequest request = LoginRequest.parse("{\"other\":{\"plugin\":\"db\",\"credentials\":[{\"a\":\"b\"}]},"
                + "\"plugin\":\"anon\",\"extra\":[{\"username\":\"u\"}],\"credentials\":[]}");
        assertEquals(new LoginRequest("anon", Map.of()), request);
    }

    @Test
    void aMissingOrNonStringPluginIsNull() throws Exception {
        assertNull(LoginRequest.parse("{\"credentials\":[]}").plugin());
        assertNull(LoginRequest.parse("{\"plugin\":7}").plugin());
        assertNull(LoginRequest.parse("\"plugin\"").plugin());
    }

    @Test
    void missingJsonIsABadParameter() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> LoginRequest.parse(null));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        assertEquals("json must not be null", e.getMessage());
    }

    @Test
    void brokenJsonIsABadParameter() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> LoginRequest.parse("rubbish"));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
    }
}
