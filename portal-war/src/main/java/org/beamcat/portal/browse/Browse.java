package org.beamcat.portal.browse;

import java.util.Map;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.DatafileRow;
import org.beamcat.portal.catalogue.DatasetDetail;
import org.beamcat.portal.catalogue.DatasetRow;
import org.beamcat.portal.catalogue.InvestigationDetail;
import org.beamcat.portal.catalogue.InvestigationRow;
import org.beamcat.portal.catalogue.InvestigationScope;
import org.beamcat.portal.catalogue.Page;
import org.beamcat.portal.catalogue.PortalCatalogue;
import org.beamcat.portal.catalogue.Slice;
import org.beamcat.portal.catalogue.Sorts.DatafileSort;
import org.beamcat.portal.catalogue.Sorts.DatasetSort;
import org.beamcat.portal.catalogue.Sorts.InvestigationSort;
import org.beamcat.portal.storage.DataStorage;
import org.beamcat.portal.storage.StorageState;

/**
 * Browsing the catalogue (use case): the three lists of investigations, an investigation with one page of its
 * datasets, a dataset with one page of its files. Parameters come in raw from the page's URL and are checked
 * here; a page past the end of a list, or an entity the caller cannot read, is {@link NoSuchPage}.
 */
public final class Browse {

    private final PortalCatalogue catalogue;
    private final DataStorage storage;
    private final int pageSize;

    public Browse(PortalCatalogue catalogue, DataStorage storage, int pageSize) {
        this.catalogue = catalogue;
        this.storage = storage;
        this.pageSize = pageSize;
    }

    /** {@code scope}: absent or {@code mine}, {@code public}, {@code all}. */
    public static InvestigationScope scope(Map<String, String> params) throws InvalidParameter {
        String scope = params.get("scope");
        if (scope == null || scope.equals("mine")) {
            return InvestigationScope.MINE;
        }
        return switch (scope) {
            case "public" -> InvestigationScope.PUBLIC;
            case "all" -> InvestigationScope.ALL;
            default -> throw new InvalidParameter("scope must be mine, public or all");
        };
    }

    public Page<InvestigationRow> investigations(Caller caller, InvestigationScope scope, Map<String, String> params)
            throws InvalidParameter, NoSuchPage, CatalogueException {
        // newest first by default; a chosen sort key starts ascending
        Slice<InvestigationSort> slice = ListParameters.slice(params, InvestigationSort.class,
                InvestigationSort.START, params.get(ListParameters.SORT) != null, pageSize);
        return inRange(catalogue.investigations(caller, scope, slice));
    }

    public InvestigationDetail investigation(Caller caller, long id) throws NoSuchPage, CatalogueException {
        return catalogue.investigation(caller, id).orElseThrow(() -> new NoSuchPage("no such investigation"));
    }

    /** One page of an investigation's datasets, with the storage state of each (asked for that page only). */
    public Page<DatasetView> datasets(Caller caller, long investigationId, Map<String, String> params)
            throws InvalidParameter, NoSuchPage, CatalogueException {
        Slice<DatasetSort> slice = ListParameters.slice(params, DatasetSort.class, DatasetSort.NAME, true, pageSize);
        Page<DatasetRow> page = inRange(catalogue.datasets(caller, investigationId, slice));
        Map<Long, StorageState> states = page.rows().isEmpty() ? Map.of()
                : storage.datasetStates(caller, page.rows().stream().map(DatasetRow::id).toList());
        return page.map(row -> new DatasetView(row, states.getOrDefault(row.id(), StorageState.UNKNOWN)));
    }

    /** The storage state of one dataset. */
    public StorageState state(Caller caller, long datasetId) {
        return storage.datasetStates(caller, java.util.List.of(datasetId)).getOrDefault(datasetId, StorageState.UNKNOWN);
    }

    public DatasetDetail dataset(Caller caller, long id) throws NoSuchPage, CatalogueException {
        return catalogue.dataset(caller, id).orElseThrow(() -> new NoSuchPage("no such dataset"));
    }

    public Page<DatafileRow> datafiles(Caller caller, long datasetId, Map<String, String> params)
            throws InvalidParameter, NoSuchPage, CatalogueException {
        Slice<DatafileSort> slice = ListParameters.slice(params, DatafileSort.class, DatafileSort.NAME, true, pageSize);
        return inRange(catalogue.datafiles(caller, datasetId, slice));
    }

    /** The dataset page that lists a file: the dataset, filtered by the file's name. */
    public String datafilePath(Caller caller, long datafileId) throws NoSuchPage, CatalogueException {
        org.beamcat.portal.catalogue.DatafilePlace place = catalogue.datafile(caller, datafileId)
                .orElseThrow(() -> new NoSuchPage("no such file"));
        return "/dataset.xhtml?id=" + place.datasetId() + "&name="
                + java.net.URLEncoder.encode(place.name().length() > 100 ? place.name().substring(0, 100) : place.name(),
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    private static <T> Page<T> inRange(Page<T> page) throws NoSuchPage {
        if (page.number() > page.pageCount()) {
            throw new NoSuchPage("past the last page");
        }
        return page;
    }
}
