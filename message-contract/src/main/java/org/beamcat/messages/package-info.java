/**
 * The ingestion message contract of BeamCat, shared by the producers (tango-device, the HTTP generic API)
 * and the consumer (ingest-ejb) so they cannot drift apart.
 *
 * <p>Records ({@link org.beamcat.messages.DatasetMessage}, {@link org.beamcat.messages.InvestigationMessage},
 * {@link org.beamcat.messages.UpdateDatasetMetadataMessage}, {@link org.beamcat.messages.DataFilesMessage})
 * validate themselves when built; readers and writers turn them into the wire forms
 * ({@link org.beamcat.messages.DatasetMessageXml} needs only the JDK, the {@code *Json} classes need a
 * JSON-P implementation). Every invalid input ends in one {@link org.beamcat.messages.InvalidMessageException}
 * listing all its problems. The published XSD and JSON schemas sit next to these classes on the class path.
 */
package org.beamcat.messages;
