package org.beamcat.ids.catalogue;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatPagingException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.CatalogueView;

/** What background work (queue, tidier) asks the catalogue, with the reader account. */
public final class IcatCatalogueView implements CatalogueView {

    private static final int IN_BATCH = 500;

    private final IcatClient icat;
    private final ReaderSession reader;
    private final IcatCatalogue access;

    public IcatCatalogueView(IcatClient icat, IcatCatalogue access) {
        this.icat = icat;
        this.reader = access.reader();
        this.access = access;
    }

    @Override
    public List<DfInfo> datafiles(DsInfo dataset) throws IOException {
        return asReader(session -> access.datafilesOf(session, dataset.dsId()));
    }

    @Override
    public List<DsInfo> datasetsMatching(DsInfo partial) throws IOException {
        List<String> where = new ArrayList<>();
        add(where, "ds.id", partial.dsId());
        add(where, "ds.name", partial.dsName());
        add(where, "ds.location", partial.dsLocation());
        add(where, "ds.investigation.id", partial.invId());
        add(where, "ds.investigation.name", partial.invName());
        add(where, "ds.investigation.visitId", partial.visitId());
        add(where, "ds.investigation.facility.id", partial.facilityId());
        add(where, "ds.investigation.facility.name", partial.facilityName());
        String query = "SELECT ds FROM Dataset ds" + conditions(where)
                + " ORDER BY ds.id INCLUDE ds.investigation inv, inv.facility";
        return asReader(session -> walk(session, query).map(row -> IcatJson.dsInfo(IcatJson.body(row, "Dataset")))
                .toList());
    }

    @Override
    public Set<String> datasetLocationsAmong(Collection<String> folders) throws IOException {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(folders);
        // Batches keep each query short; a run asks once per IN_BATCH folders, not once per file.
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            String in = all.subList(from, Math.min(all.size(), from + IN_BATCH)).stream()
                    .map(IcatJson::literal).collect(Collectors.joining(", "));
            String query = "SELECT ds.location FROM Dataset ds WHERE ds.location IN (" + in + ")"
                    + " ORDER BY ds.id";
            found.addAll(asReader(session -> walk(session, query)
                    .filter(value -> value instanceof JsonString)
                    .map(value -> ((JsonString) value).getString()).toList()));
        }
        return found;
    }

    @Override
    public List<DfInfo> datafilesMatching(DfInfo partial) throws IOException {
        List<String> where = new ArrayList<>(List.of("df.location IS NOT NULL"));
        add(where, "df.id", partial.dfId());
        add(where, "df.name", partial.dfName());
        add(where, "df.location", partial.dfLocation());
        add(where, "df.dataset.id", partial.dsId());
        String query = "SELECT df FROM Datafile df" + conditions(where) + " ORDER BY df.id INCLUDE df.dataset";
        return asReader(session -> walk(session, query).map(row -> {
            var df = IcatJson.body(row, "Datafile");
            return IcatJson.dfInfo(df, IcatJson.number(df.getJsonObject("dataset"), "id"));
        }).toList());
    }

    private Stream<JsonValue> walk(String session, String query) throws IcatException {
        return icat.searchAll(session, query, IcatCatalogue.PAGE);
    }

    private <T> T asReader(ReaderSession.Call<T> call) throws IOException {
        try {
            return reader.call(session -> {
                try {
                    return call.apply(session);
                } catch (IcatPagingException e) {
                    throw e.icatException();
                }
            });
        } catch (IcatException | IdsException e) {
            throw new IOException("The catalogue could not be asked: " + e.getMessage(), e);
        }
    }

    private static void add(List<String> where, String field, Object value) {
        if (value instanceof String text) {
            where.add(field + " = " + IcatJson.literal(text));
        } else if (value != null) {
            where.add(field + " = " + value);
        }
    }

    private static String conditions(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }
}
