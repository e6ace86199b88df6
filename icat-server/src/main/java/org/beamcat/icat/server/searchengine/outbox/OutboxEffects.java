package org.beamcat.icat.server.searchengine.outbox;

import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.searchengine.EntityKind;

/**
 * Which search documents a write of each catalogue entity changes, as SQL selecting the ids of the documents'
 * entities from the rows written ({@code :ids}). Written rows are selected after they are flushed; deleted ones
 * before the DELETE, while the rows the schema's cascades will remove are still there to be found. An entity not
 * listed changes no document (rules, groupings, sessions, data collections…).
 */
final class OutboxEffects {

    /** Rows of {@code kind} to enqueue with {@code operation}: their ids are what {@code select} returns. */
    record Effect(EntityKind kind, OutboxOperation operation, String select) {
    }

    private static final String SELF = "SELECT ID FROM %s WHERE ID IN (:ids)";

    private static Effect self(EntityKind kind, OutboxOperation operation) {
        return new Effect(kind, operation, SELF.formatted(kind.icatName().toUpperCase()));
    }

    private static Effect investigationsOf(String table, String column) {
        return new Effect(EntityKind.INVESTIGATION, OutboxOperation.UPDATE,
                "SELECT INVESTIGATION_ID AS ID FROM " + table + " WHERE " + column + " IN (:ids)");
    }

    private static Effect parentOf(EntityKind kind, String table) {
        return new Effect(kind, OutboxOperation.UPDATE,
                "SELECT " + kind.icatName().toUpperCase() + "_ID AS ID FROM " + table + " WHERE ID IN (:ids)");
    }

    private static Effect where(EntityKind kind, OutboxOperation operation, String column) {
        return new Effect(kind, operation,
                "SELECT ID FROM " + kind.icatName().toUpperCase() + " WHERE " + column + " IN (:ids)");
    }

    private static final List<Effect> PARAMETER_TYPE = List.of(
            new Effect(EntityKind.INVESTIGATION, OutboxOperation.UPDATE,
                    "SELECT INVESTIGATION_ID AS ID FROM INVESTIGATIONPARAMETER WHERE PARAMETER_TYPE_ID IN (:ids)"),
            new Effect(EntityKind.DATASET, OutboxOperation.UPDATE,
                    "SELECT DATASET_ID AS ID FROM DATASETPARAMETER WHERE PARAMETER_TYPE_ID IN (:ids)"),
            new Effect(EntityKind.DATAFILE, OutboxOperation.UPDATE,
                    "SELECT DATAFILE_ID AS ID FROM DATAFILEPARAMETER WHERE PARAMETER_TYPE_ID IN (:ids)"));

    private static final List<Effect> INSTRUMENT = List.of(
            investigationsOf("INVESTIGATIONINSTRUMENT", "INSTRUMENT_ID"),
            new Effect(EntityKind.DATASET, OutboxOperation.UPDATE, "SELECT d.ID AS ID FROM DATASET d JOIN"
                    + " INVESTIGATIONINSTRUMENT ii ON ii.INVESTIGATION_ID = d.INVESTIGATION_ID"
                    + " WHERE ii.INSTRUMENT_ID IN (:ids)"));

    /** Effects of creating (first) or updating (second) rows of an entity. */
    private static final Map<String, List<Effect>> CREATED = Map.ofEntries(
            Map.entry("Investigation", List.of(self(EntityKind.INVESTIGATION, OutboxOperation.UPDATE))),
            Map.entry("Dataset", List.of(self(EntityKind.DATASET, OutboxOperation.UPDATE))),
            Map.entry("Datafile", List.of(self(EntityKind.DATAFILE, OutboxOperation.UPDATE))),
            Map.entry("InvestigationParameter", List.of(parentOf(EntityKind.INVESTIGATION, "INVESTIGATIONPARAMETER"))),
            Map.entry("Keyword", List.of(parentOf(EntityKind.INVESTIGATION, "KEYWORD"))),
            Map.entry("InvestigationUser", List.of(parentOf(EntityKind.INVESTIGATION, "INVESTIGATIONUSER"))),
            Map.entry("InvestigationInstrument", List.of(parentOf(EntityKind.INVESTIGATION, "INVESTIGATIONINSTRUMENT"),
                    new Effect(EntityKind.DATASET, OutboxOperation.UPDATE, "SELECT d.ID AS ID FROM DATASET d JOIN"
                            + " INVESTIGATIONINSTRUMENT ii ON ii.INVESTIGATION_ID = d.INVESTIGATION_ID"
                            + " WHERE ii.ID IN (:ids)"))),
            Map.entry("Sample", List.of(parentOf(EntityKind.INVESTIGATION, "SAMPLE"),
                    where(EntityKind.DATASET, OutboxOperation.UPDATE, "SAMPLE_ID"))),
            Map.entry("DatasetParameter", List.of(parentOf(EntityKind.DATASET, "DATASETPARAMETER"))),
            Map.entry("DatafileParameter", List.of(parentOf(EntityKind.DATAFILE, "DATAFILEPARAMETER"))));

    private static final Map<String, List<Effect>> UPDATED = Map.ofEntries(
            Map.entry("Investigation", List.of(self(EntityKind.INVESTIGATION, OutboxOperation.UPDATE_WITH_DESCENDANTS))),
            Map.entry("Dataset", List.of(self(EntityKind.DATASET, OutboxOperation.UPDATE_WITH_DESCENDANTS))),
            Map.entry("User", List.of(investigationsOf("INVESTIGATIONUSER", "USER_ID"))),
            Map.entry("Instrument", INSTRUMENT),
            Map.entry("Facility", List.of(where(EntityKind.INVESTIGATION, OutboxOperation.UPDATE, "FACILITY_ID"))),
            Map.entry("InvestigationType", List.of(where(EntityKind.INVESTIGATION, OutboxOperation.UPDATE, "TYPE_ID"))),
            Map.entry("DatasetType", List.of(where(EntityKind.DATASET, OutboxOperation.UPDATE, "TYPE_ID"))),
            Map.entry("DatafileFormat", List.of(where(EntityKind.DATAFILE, OutboxOperation.UPDATE,
                    "DATAFILEFORMAT_ID"))),
            Map.entry("ParameterType", PARAMETER_TYPE));

    private static final Map<String, List<Effect>> DELETED = Map.ofEntries(
            Map.entry("Investigation", List.of(self(EntityKind.INVESTIGATION, OutboxOperation.DELETE))),
            Map.entry("Dataset", List.of(self(EntityKind.DATASET, OutboxOperation.DELETE))),
            Map.entry("Datafile", List.of(self(EntityKind.DATAFILE, OutboxOperation.DELETE))),
            Map.entry("InvestigationParameter", List.of(parentOf(EntityKind.INVESTIGATION, "INVESTIGATIONPARAMETER"))),
            Map.entry("Keyword", List.of(parentOf(EntityKind.INVESTIGATION, "KEYWORD"))),
            Map.entry("InvestigationUser", List.of(parentOf(EntityKind.INVESTIGATION, "INVESTIGATIONUSER"))),
            Map.entry("InvestigationInstrument", List.of(parentOf(EntityKind.INVESTIGATION, "INVESTIGATIONINSTRUMENT"),
                    new Effect(EntityKind.DATASET, OutboxOperation.UPDATE, "SELECT d.ID AS ID FROM DATASET d JOIN"
                            + " INVESTIGATIONINSTRUMENT ii ON ii.INVESTIGATION_ID = d.INVESTIGATION_ID"
                            + " WHERE ii.ID IN (:ids)"))),
            Map.entry("Sample", List.of(parentOf(EntityKind.INVESTIGATION, "SAMPLE"),
                    where(EntityKind.DATASET, OutboxOperation.DELETE, "SAMPLE_ID"))),
            Map.entry("DatasetParameter", List.of(parentOf(EntityKind.DATASET, "DATASETPARAMETER"))),
            Map.entry("DatafileParameter", List.of(parentOf(EntityKind.DATAFILE, "DATAFILEPARAMETER"))),
            Map.entry("User", List.of(investigationsOf("INVESTIGATIONUSER", "USER_ID"))),
            Map.entry("Instrument", INSTRUMENT),
            Map.entry("Facility", List.of(where(EntityKind.INVESTIGATION, OutboxOperation.DELETE, "FACILITY_ID"),
                    new Effect(EntityKind.DATASET, OutboxOperation.DELETE, "SELECT d.ID AS ID FROM DATASET d JOIN"
                            + " DATASETTYPE t ON t.ID = d.TYPE_ID WHERE t.FACILITY_ID IN (:ids)"),
                    new Effect(EntityKind.DATAFILE, OutboxOperation.DELETE, "SELECT f.ID AS ID FROM DATAFILE f JOIN"
                            + " DATAFILEFORMAT t ON t.ID = f.DATAFILEFORMAT_ID WHERE t.FACILITY_ID IN (:ids)"))),
            Map.entry("InvestigationType", List.of(where(EntityKind.INVESTIGATION, OutboxOperation.DELETE, "TYPE_ID"))),
            Map.entry("DatasetType", List.of(where(EntityKind.DATASET, OutboxOperation.DELETE, "TYPE_ID"))),
            Map.entry("DatafileFormat", List.of(where(EntityKind.DATAFILE, OutboxOperation.DELETE,
                    "DATAFILEFORMAT_ID"))),
            Map.entry("ParameterType", PARAMETER_TYPE));

    private OutboxEffects() {
    }

    static List<Effect> ofWrite(String entity, boolean created) {
        if (!created && UPDATED.containsKey(entity)) {
            return UPDATED.get(entity);
        }
        return CREATED.getOrDefault(entity, List.of());
    }

    static List<Effect> ofDelete(String entity) {
        return DELETED.getOrDefault(entity, List.of());
    }
}
