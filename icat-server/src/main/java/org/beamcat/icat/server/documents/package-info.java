/**
 * ICAT 6.1's document search ({@code search/documents}, {@code facet/documents}): the request model the REST
 * edge parses the wire JSON into ({@link org.beamcat.icat.server.documents.DocumentSearchRequest}), the result
 * model it writes back ({@link org.beamcat.icat.server.documents.DocumentSearchResult}), and the one operation
 * it delegates to ({@link org.beamcat.icat.server.documents.DocumentSearch}). Parsing and writing follow the
 * wire shapes of icat.server 6.1 (contract icat-rest.md, 1.3 rows 16 and 17); nothing here knows the engine.
 */
package org.beamcat.icat.server.documents;
