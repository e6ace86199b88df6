package org.beamcat.tango.device;

import java.time.Duration;
import org.beamcat.messages.QueueNames;
import org.beamcat.tango.usecase.DataFolderPattern;
import org.beamcat.tango.usecase.ManagerSettings;
import org.beamcat.tango.usecase.ReconnectBackoff;

/**
 * The MetadataManager's device properties as read by JTango (all text), checked and turned into settings.
 * Throws IllegalArgumentException with the property's name when one is unusable.
 */
record ManagerProperties(String dataFolderPattern, String metaExperimentDevice, String beamlineID,
        String brokerAddress, String queueName, String brokerUser, String brokerPassword,
        String brokerRetryInitialMillis, String brokerRetryMaxMillis) {

    static final String DEFAULT_BROKER = "mq://localhost:7676/jms";

    ManagerSettings settings(String deviceName) {
        String metaExperiment = metaExperimentDevice.isBlank()
                ? ManagerSettings.defaultMetaExperiment(deviceName) : metaExperimentDevice.strip();
        return new ManagerSettings(deviceName, metaExperiment, beamlineID.strip(),
                new DataFolderPattern(dataFolderPattern));
    }

    String broker() {
        return brokerAddress.isBlank() ? DEFAULT_BROKER : brokerAddress.strip();
    }

    /** The broker login: required, since the broker's guest login is off outside demonstrations. */
    String user() {
        return required("brokerUser", brokerUser, "the broker user producers log in with "
                + "(BEAMCAT_JMS_PRODUCER_USER of the server)");
    }

    String password() {
        return required("brokerPassword", brokerPassword, "the password of brokerUser");
    }

    private static String required(String property, String value, String meaning) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("property " + property + " is not set: set it to " + meaning);
        }
        return value.strip();
    }

    String queue() {
        return queueName.isBlank() ? QueueNames.INGEST : queueName.strip();
    }

    ReconnectBackoff backoff() {
        return new ReconnectBackoff(millis("brokerRetryInitialMillis", brokerRetryInitialMillis, 1_000),
                millis("brokerRetryMaxMillis", brokerRetryMaxMillis, 30_000));
    }

    private static Duration millis(String property, String value, long fallback) {
        if (value.isBlank()) {
            return Duration.ofMillis(fallback);
        }
        try {
            long millis = Long.parseLong(value.strip());
            if (millis <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property " + property + " must be a positive number of"
                    + " milliseconds, got '" + value + "'");
        }
    }
}
