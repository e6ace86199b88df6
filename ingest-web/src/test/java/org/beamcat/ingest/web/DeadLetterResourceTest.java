package org.beamcat.ingest.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeadLetterResourceTest {

    @Test
    void acceptsOpenMqMessageIdsAndNothingThatCouldLeaveTheSelectorLiteral() {
        assertTrue(DeadLetterResource.isMessageId("ID:98-127.0.0.1(a6:af:40:3c:f8:1b)-1-1795490103478"),
                "the form OpenMQ gives messages sent inside Payara");
        assertTrue(DeadLetterResource.isMessageId("ID:1-2-3"));
        assertFalse(DeadLetterResource.isMessageId("ID:1' OR '1'='1"));
        assertFalse(DeadLetterResource.isMessageId("1-2-3"));
        assertFalse(DeadLetterResource.isMessageId(null));
    }
}
