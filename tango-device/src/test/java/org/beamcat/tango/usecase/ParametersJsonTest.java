package org.beamcat.tango.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beamcat.messages.Parameter;
import org.junit.jupiter.api.Test;

class ParametersJsonTest {

    @Test
    void valuesBecomeTheTextTheWireCarries() {
        List<Parameter> parameters = ParametersJson.parse(
                "{\"Sample_name\":\"s1\",\"InstrumentMonochromator_energy\":12.4,\"flag\":true,\"axes\":[1,\"x\",2.5]}");
        assertEquals(List.of(new Parameter("Sample_name", "s1"), new Parameter("InstrumentMonochromator_energy", "12.4"),
                new Parameter("flag", "true"), new Parameter("axes", "1 x 2.5")), parameters);
    }

    @Test
    void badJsonIsRefusedWithTheParserMessage() {
        RefusedException e = assertThrows(RefusedException.class, () -> ParametersJson.parse("{\"a\": "));
        assertEquals(Refusal.BAD_PARAMETERS, e.refusal());
        assertTrue(e.getMessage().startsWith("SetParameters: not valid JSON"), e.getMessage());
    }

    @Test
    void onlyAnObjectIsAccepted() {
        RefusedException e = assertThrows(RefusedException.class, () -> ParametersJson.parse("[1,2]"));
        assertTrue(e.getMessage().contains("got a array"), e.getMessage());
        assertThrows(RefusedException.class, () -> ParametersJson.parse("  "));
    }

    @Test
    void everyBadEntryIsListed() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> ParametersJson.parse("{\"ok\":\"1\",\"nested\":{\"a\":1},\"nothing\":null,\"has space\":\"x\"}"));
        assertEquals(3, e.details().size(), e.getMessage());
        assertTrue(e.details().get(0).contains("'nested' has a object value"), e.getMessage());
        assertTrue(e.details().get(2).contains("'has space'"), e.getMessage());
    }
}
