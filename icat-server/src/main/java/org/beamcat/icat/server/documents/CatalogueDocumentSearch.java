package org.beamcat.icat.server.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.catalogue.FreeTextService;

/**
 * The document search the REST edge gets: {@link PortDocumentSearch} over the catalogue's free-text service, which
 * searches the index for the caller under the caller's READ rules, in a search slot and within the search time
 * limit like every catalogue search.
 */
@ApplicationScoped
public class CatalogueDocumentSearch implements DocumentSearch {

    @Inject
    FreeTextService freeText;

    @Override
    public DocumentSearchResult search(Caller caller, DocumentSearchRequest request) throws IcatServerException {
        return new PortDocumentSearch(freeText::search).search(caller, request);
    }
}
