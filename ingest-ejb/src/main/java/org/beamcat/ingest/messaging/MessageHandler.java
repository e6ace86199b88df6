package org.beamcat.ingest.messaging;

import java.io.IOException;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.registration.InputsNotRegistered;
import org.beamcat.ingest.registration.RegistrationRejected;

/**
 * What one queue does with a message body. The exception says what happens next: an
 * {@link org.beamcat.messages.InvalidMessageException} or {@link RegistrationRejected} dead-letters the
 * message at once, {@link InputsNotRegistered} makes it wait, anything else is retried.
 */
@FunctionalInterface
public interface MessageHandler {

    /** Handles the body; returns the number of datafiles registered. */
    int handle(String body) throws RegistrationRejected, InputsNotRegistered, IcatException, IOException;
}
