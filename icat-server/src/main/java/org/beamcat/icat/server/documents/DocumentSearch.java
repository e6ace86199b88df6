package org.beamcat.icat.server.documents;

import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;

/**
 * The one operation the {@code search/documents} and {@code facet/documents} edge delegates to. Whatever
 * answers it must count and return only what the caller may read under the catalogue's rules.
 */
public interface DocumentSearch {

    DocumentSearchResult search(Caller caller, DocumentSearchRequest request) throws IcatServerException;
}
