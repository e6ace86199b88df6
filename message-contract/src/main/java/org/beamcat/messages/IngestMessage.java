package org.beamcat.messages;

/**
 * What arrives on the {@link QueueNames#INGEST icatIngest} queue: a dataset to register, or an
 * investigation (experiment session) to create or synchronise. Sealed so a consumer's {@code switch}
 * over the two is checked by the compiler.
 */
public sealed interface IngestMessage permits DatasetMessage, InvestigationMessage {

    /** The proposal the message is about, e.g. {@code hg123}. */
    String proposal();

    /** The beamline (ICAT instrument), e.g. {@code id00}. */
    String beamline();
}
