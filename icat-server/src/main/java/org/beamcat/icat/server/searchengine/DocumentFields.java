package org.beamcat.icat.server.searchengine;

import java.util.Set;

/**
 * The field names of a {@link SearchDocument}, shared by the document builder, the query edges and the adapters.
 * Text fields are analysed (words, and the parts of names such as {@code MA-4321} or {@code sampleA_0001}) and
 * also kept whole for exact filters and term facets; date fields are ranges; number fields are numeric ranges.
 */
public final class DocumentFields {

    // Common to the three entities.
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String LOCATION = "location";
    public static final String TYPE = "type";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String CREATE_TIME = "createTime";
    public static final String MOD_TIME = "modTime";
    public static final String INSTRUMENT = "instrument";
    public static final String SAMPLE = "sample";
    public static final String INVESTIGATION_NAME = "investigation.name";
    public static final String INVESTIGATION_TITLE = "investigation.title";
    public static final String INVESTIGATION_VISIT_ID = "investigation.visitId";

    // Investigation.
    public static final String VISIT_ID = "visitId";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String DOI = "doi";
    public static final String FACILITY = "facility";
    public static final String RELEASE_DATE = "releaseDate";
    public static final String USER_NAME = "user.name";
    public static final String USER_FULL_NAME = "user.fullName";
    public static final String KEYWORD = "keyword";

    // Datafile.
    public static final String FORMAT = "format";
    public static final String FILE_SIZE = "fileSize";
    public static final String DATASET_NAME = "dataset.name";

    /** The string values of the entity's parameters, for free text (typed conditions use the parameters). */
    public static final String PARAMETER = "parameter";

    /** Fields holding dates (indexed as ranges, epoch milliseconds). */
    public static final Set<String> DATES = Set.of(START_DATE, END_DATE, CREATE_TIME, MOD_TIME, RELEASE_DATE);

    /** Fields holding numbers (indexed as numeric ranges). */
    public static final Set<String> NUMBERS = Set.of(FILE_SIZE);

    /** Every text field: what free text without a field searches. */
    public static final Set<String> TEXTS = Set.of(NAME, DESCRIPTION, LOCATION, TYPE, INSTRUMENT, SAMPLE,
            INVESTIGATION_NAME, INVESTIGATION_TITLE, INVESTIGATION_VISIT_ID, VISIT_ID, TITLE, SUMMARY, DOI, FACILITY,
            USER_NAME, USER_FULL_NAME, KEYWORD, FORMAT, DATASET_NAME, PARAMETER);

    private DocumentFields() {
    }

    public static boolean isKnown(String field) {
        return TEXTS.contains(field) || DATES.contains(field) || NUMBERS.contains(field);
    }
}
