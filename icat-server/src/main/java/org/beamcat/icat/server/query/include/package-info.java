/**
 * The related objects a query asks for with INCLUDE, as a tree of relationship fields that the execution layer
 * loads level by level (one batched query per edge rather than one per object).
 */
package org.beamcat.icat.server.query.include;
