package org.beamcat.systemtests;

/**
 * The producer credentials test.sh configures in the test domain, handed over as system properties: a
 * sequencer's shared secret for {@code POST /ingest/dataset} ({@code -Dit.ingest.token}), the catalogue
 * grouping whose members may ingest ({@code -Dit.ingest.grouping}) and the broker's producer account for
 * JMS and STOMP ({@code -Dit.jms.user}, {@code -Dit.jms.password}). Every test that produces ingestion
 * messages sends through {@link IngestProbe}, {@link OpenMqSender} or {@link TangoDeviceProcess}, which use
 * these; a test that wants to be refused passes other credentials explicitly.
 */
final class IngestCredentials {

    private IngestCredentials() {
    }

    /** The shared secret of the test sequencer {@code it-sequencer}. */
    static String producerSecret() {
        return required("it.ingest.token");
    }

    /** {@code Authorization} header value of the test sequencer. */
    static String producerAuthorization() {
        return "Bearer " + producerSecret();
    }

    static String producerGrouping() {
        return required("it.ingest.grouping");
    }

    static String brokerUser() {
        return required("it.jms.user");
    }

    static String brokerPassword() {
        return required("it.jms.password");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: run the system tests through ./test.sh");
        }
        return value;
    }
}
