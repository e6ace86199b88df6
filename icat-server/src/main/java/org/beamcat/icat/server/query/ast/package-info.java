/**
 * The immutable syntax tree of an ICAT query (contract section 3.2) as the parser produces it. Nothing here has been
 * checked against the entity model yet; {@code query.validation} does that.
 */
package org.beamcat.icat.server.query.ast;
