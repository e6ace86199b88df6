package org.beamcat.ingest.web;

import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.DatasetMessageJson;
import org.beamcat.messages.DatasetMessageXml;
import org.beamcat.messages.IngestMessage;
import org.beamcat.messages.InvalidMessageException;

/**
 * Turns the body of {@code POST /ingest/dataset} into the XML the queue carries: the XML form or the JSON
 * form of the dataset message, validated by message-contract and written back as canonical XML, so the
 * consumer sees one format whichever way a message came in. Thread-safe.
 */
public final class IngestRequests {

    private final DatasetMessageXml xml = new DatasetMessageXml();
    private final DatasetMessageJson json = new DatasetMessageJson();

    /** The canonical XML of the dataset message in {@code body}; InvalidMessageException when it is not one. */
    public String datasetXml(byte[] body, String mediaType) {
        boolean isJson = mediaType != null && mediaType.toLowerCase().contains("json");
        DatasetMessage dataset;
        if (isJson) {
            dataset = json.read(body);
        } else {
            IngestMessage message = xml.read(body);
            if (!(message instanceof DatasetMessage d)) {
                throw new InvalidMessageException("message", "expected a dataset message, got an investigation message");
            }
            dataset = d;
        }
        return xml.write(dataset);
    }
}
