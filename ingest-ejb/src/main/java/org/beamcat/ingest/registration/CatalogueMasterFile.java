package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueJson.date;
import static org.beamcat.ingest.registration.CatalogueJson.strings;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.nexus.MasterFile;

/**
 * The content of a registered dataset's master file as the catalogue holds it: the dataset, its
 * investigation, beamline(s), sample and every parameter (with its NeXus path from the vocabulary). Used
 * where the master file is written again after registration ({@code icatDataFiles},
 * {@code icatUpdateDatasetMetadata}).
 */
final class CatalogueMasterFile {

    private final CatalogueSession catalogue;

    CatalogueMasterFile(CatalogueSession catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param dataset   the dataset's row ({@code SELECT d FROM Dataset d})
     * @param folder    the dataset folder
     * @param dataFiles the files to list, relative to the folder
     */
    MasterFile.Content content(long id, JsonObject dataset, Path folder, List<String> dataFiles)
            throws IcatException {
        JsonArray investigation = catalogue.search(IcatQuery.of("SELECT i FROM Investigation i JOIN i.datasets d WHERE d.id = :id")
                .with("id", id));
        JsonObject inv = investigation.getJsonObject(0).getJsonObject("Investigation");
        List<String> beamlines = strings(catalogue.search(IcatQuery.of("SELECT ins.name FROM Instrument ins JOIN "
                + "ins.investigationInstruments ii WHERE ii.investigation.id = :id")
                .with("id", inv.getJsonNumber("id").longValue())));
        List<String> samples = strings(catalogue.search(IcatQuery.of("SELECT s.name FROM Sample s JOIN s.datasets d WHERE d.id = :id")
                .with("id", id)));
        List<MasterFile.Value> values = new ArrayList<>();
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT p FROM DatasetParameter p WHERE p.dataset.id = :id"
                + " ORDER BY p.id INCLUDE p.type").with("id", id), 1000)) {
            JsonObject parameter = row.asJsonObject().getJsonObject("DatasetParameter");
            JsonObject type = parameter.getJsonObject("type");
            ParameterTypeInfo info = new ParameterTypeInfo(type.getJsonNumber("id").longValue(), type.getString("name"),
                    type.getString("units", null), type.getString("valueType", "STRING"),
                    type.getString("description", null));
            Object value = parameter.containsKey("numericValue")
                    ? (Object) parameter.getJsonNumber("numericValue").doubleValue()
                    : parameter.getString("stringValue", parameter.getString("dateTimeValue", ""));
            values.add(new MasterFile.Value(info.name(), value, info.units(), info.nexusPath().orElse(null)));
        }
        // datasets registered by other means may lack dates: the record's creation stands in for them
        OffsetDateTime start = date(dataset, "startDate");
        if (start == null) {
            start = date(dataset, "createTime");
        }
        OffsetDateTime end = date(dataset, "endDate");
        return new MasterFile.Content(dataset.getString("name", ""), inv.getString("name", ""),
                String.join(" ", beamlines), samples.isEmpty() ? "" : samples.get(0), folder.toString(),
                start, end == null ? start : end, values, dataFiles);
    }
}
