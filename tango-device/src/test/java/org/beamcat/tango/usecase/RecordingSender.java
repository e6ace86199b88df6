package org.beamcat.tango.usecase;

import java.util.ArrayList;
import java.util.List;

/** An in-memory {@link DatasetMessageSender} for the use-case tests: records bodies, can play "broker down". */
final class RecordingSender implements DatasetMessageSender {

    final List<String> sent = new ArrayList<>();
    volatile boolean down;
    volatile int probes;

    @Override
    public synchronized void send(String xmlBody) throws BrokerUnavailableException {
        if (down) {
            throw new BrokerUnavailableException("connection refused", null);
        }
        sent.add(xmlBody);
    }

    @Override
    public void probe() throws BrokerUnavailableException {
        probes++;
        if (down) {
            throw new BrokerUnavailableException("still refused", null);
        }
    }

    @Override
    public String destination() {
        return "queue icatIngest on memory";
    }
}
