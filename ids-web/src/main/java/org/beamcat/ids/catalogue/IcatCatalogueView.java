package org.beamcat.ids.catalogue;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.CatalogueView;

/** What background work (queue, tidier) asks the catalogue, with the reader account. */
public final class IcatCatalogueView implements CatalogueView {

    private static final int IN_BATCH = 500;
    private static final IcatQuery LOCATIONS_AMONG =
            IcatQuery.of("SELECT ds.location FROM Dataset ds WHERE ds.location IN :folders ORDER BY ds.id");

    private final IcatCatalogue access;

    public IcatCatalogueView(IcatCatalogue access) {
        this.access = access;
    }

    @Override
    public List<DfInfo> datafiles(DsInfo dataset) throws IOException {
        try {
            return reader().call(session -> access.datafilesOf(session, dataset.dsId()));
        } catch (IcatException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    @Override
    public List<DsInfo> datasetsMatching(DsInfo partial) throws IOException {
        Conditions where = new Conditions();
        where.add("ds.id", partial.dsId());
        where.add("ds.name", partial.dsName());
        where.add("ds.location", partial.dsLocation());
        where.add("ds.investigation.id", partial.invId());
        where.add("ds.investigation.name", partial.invName());
        where.add("ds.investigation.visitId", partial.visitId());
        where.add("ds.investigation.facility.id", partial.facilityId());
        where.add("ds.investigation.facility.name", partial.facilityName());
        IcatQuery query = where.query("SELECT ds FROM Dataset ds", " ORDER BY ds.id INCLUDE ds.investigation inv, inv.facility");
        return walk(query).stream().map(row -> IcatJson.dsInfo(IcatJson.body(row, "Dataset"))).toList();
    }

    @Override
    public Set<String> datasetLocationsAmong(Collection<String> folders) throws IOException {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(folders);
        // Batches keep each query short; a run asks once per IN_BATCH folders, not once per file.
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            IcatQuery query = LOCATIONS_AMONG.withStrings("folders", all.subList(from, Math.min(all.size(), from + IN_BATCH)));
            walk(query).stream().filter(value -> value instanceof JsonString)
                    .map(value -> ((JsonString) value).getString()).forEach(found::add);
        }
        return found;
    }

    @Override
    public List<DfInfo> datafilesMatching(DfInfo partial) throws IOException {
        Conditions where = new Conditions();
        where.addFixed("df.location IS NOT NULL");
        where.add("df.id", partial.dfId());
        where.add("df.name", partial.dfName());
        where.add("df.location", partial.dfLocation());
        where.add("df.dataset.id", partial.dsId());
        IcatQuery query = where.query("SELECT df FROM Datafile df", " ORDER BY df.id INCLUDE df.dataset");
        return walk(query).stream().map(row -> {
            var df = IcatJson.body(row, "Datafile");
            return IcatJson.dfInfo(df, IcatJson.number(df.getJsonObject("dataset"), "id"));
        }).toList();
    }

    private List<JsonValue> walk(IcatQuery query) throws IOException {
        try {
            return reader().searchAll(query, IcatCatalogue.PAGE);
        } catch (IcatException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    private CatalogueAccount reader() throws IOException {
        return access.reader().orElseThrow(() -> new IOException(
                "The catalogue could not be asked: no IDS reader account is configured (beamcat.ids.reader.*)"));
    }

    private static IOException unreachable(Exception e) {
        return new IOException("The catalogue could not be asked: " + e.getMessage(), e);
    }

    /**
     * Equality conditions on the fields a partial DsInfo or DfInfo sets: the query text names each field's
     * value by a placeholder ({@code :v0}, {@code :v1}…), bound with its type by {@link IcatQuery}.
     */
    private static final class Conditions {

        private final List<String> where = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        void addFixed(String condition) {
            where.add(condition);
        }

        void add(String field, Object value) {
            if (value != null) {
                String name = "v" + values.size();
                where.add(field + " = :" + name);
                values.put(name, value);
            }
        }

        IcatQuery query(String select, String tail) {
            IcatQuery query = IcatQuery.of(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                    + tail);
            for (Map.Entry<String, Object> value : values.entrySet()) {
                query = value.getValue() instanceof Number number ? query.with(value.getKey(), number.longValue())
                        : query.with(value.getKey(), value.getValue().toString());
            }
            return query;
        }
    }
}
