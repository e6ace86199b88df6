package org.beamcat.ingest.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.junit.jupiter.api.Test;

class ProducerTokensTest {

    /** sha256sum of "test" (echo -n test | sha256sum). */
    private static final String TEST_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void matchesTheSecretWhoseHashIsConfigured() {
        ProducerTokens tokens = ProducerTokens.parse("k", "id11-bliss:" + TEST_HASH.toUpperCase()
                + ", other:" + "0".repeat(64));
        assertEquals(Optional.of("id11-bliss"), tokens.producerOf("test"));
        assertEquals(Optional.empty(), tokens.producerOf("Test"));
        assertEquals(Optional.empty(), tokens.producerOf(TEST_HASH), "the hash itself is no secret");
        assertEquals(2, tokens.size());
    }

    @Test
    void blankMeansNoProducers() {
        assertEquals(0, ProducerTokens.parse("k", " ").size());
        assertTrue(ProducerTokens.parse("k", null).producerOf("test").isEmpty());
    }

    @Test
    void badEntriesNameTheKeyAndNeverEchoTheValue() {
        for (String bad : new String[] {"id11:test", "id11", "id 11:" + TEST_HASH, "a:" + TEST_HASH + ",a:" + TEST_HASH,
            ":" + TEST_HASH}) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> ProducerTokens.parse("beamcat.x", bad));
            assertEquals("beamcat.x", e.key());
            assertFalse(e.getMessage().contains(":test"), e.getMessage());
        }
    }
}
