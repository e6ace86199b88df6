/**
 * ICAT's JSON for entities, both ways: {@link org.beamcat.icat.server.json.EntityJsonWriter} streams search and get
 * results, {@link org.beamcat.icat.server.json.EntityJsonReader} turns the {@code entities} value of POST and
 * DELETE into typed descriptions checked against the entity model. Dates go through
 * {@link org.beamcat.icat.server.json.IcatDateFormat} both ways.
 */
package org.beamcat.icat.server.json;
