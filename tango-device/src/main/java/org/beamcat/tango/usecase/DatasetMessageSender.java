package org.beamcat.tango.usecase;

/**
 * Puts one dataset message on the ingestion queue, persistently, and returns only once the broker has it.
 * The JMS adapter implements it; the use cases never see JMS.
 */
public interface DatasetMessageSender {

    /** Sends the XML body; throws when the broker did not take it (nothing was sent). */
    void send(String xmlBody) throws BrokerUnavailableException;

    /** Connects and disconnects: is the broker reachable now? */
    void probe() throws BrokerUnavailableException;

    /** Where it sends, for Status texts (broker address and queue). */
    String destination();
}
