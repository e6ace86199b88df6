package org.beamcat.landing.collections;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.landing.doi.validation.Orcid;

/**
 * The checks a data-collection request must pass before anything is written, each reported against its
 * field: the ones that need no catalogue (membership and dataset ownership are checked by
 * {@link CollectionMinting} against the catalogue).
 */
public final class CollectionRequestCheck {

    public static final int MAX_TITLE = 255;
    /** ICAT's stringValue holds 4000 characters: the abstract and the creators' JSON must fit. */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NAME = 255;

    private CollectionRequestCheck() {
    }

    /** Every problem, in the order of the form; empty if the request may go on. */
    public static List<FieldProblem> problems(CollectionRequest request, List<Creator> rowsAsShown) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.investigationId().isEmpty()) {
            problems.add(new FieldProblem("investigation", "Choose the investigation the datasets come from."));
        }
        if (request.datasetIds().isEmpty()) {
            problems.add(new FieldProblem("datasets", "Select at least one dataset."));
        }
        if (request.title().isEmpty()) {
            problems.add(new FieldProblem("title", "Enter a title."));
        } else if (request.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "The title has " + request.title().length()
                    + " characters; at most " + MAX_TITLE + " are allowed."));
        }
        if (request.abstractText().isEmpty()) {
            problems.add(new FieldProblem("abstract", "Enter an abstract describing the data."));
        } else if (request.abstractText().length() > MAX_TEXT) {
            problems.add(new FieldProblem("abstract", "The abstract has " + request.abstractText().length()
                    + " characters; at most " + MAX_TEXT + " are allowed."));
        }
        for (int row = 0; row < rowsAsShown.size(); row++) {
            Creator c = rowsAsShown.get(row);
            if (c.isBlank()) {
                continue;
            }
            String field = "creators." + row + ".";
            if (c.familyName().isEmpty()) {
                problems.add(new FieldProblem(field + "familyName", "Enter the family name (or the full name)."));
            } else if (c.familyName().length() > MAX_NAME || c.givenName().length() > MAX_NAME) {
                problems.add(new FieldProblem(field + "familyName", "Names are limited to " + MAX_NAME + " characters."));
            }
            if (!c.orcid().isEmpty() && !Orcid.isValid(c.orcid())) {
                problems.add(new FieldProblem(field + "orcid", "'" + c.orcid() + "' is not a valid ORCID iD"
                        + " (16 digits as 0000-0000-0000-0000 with a correct check digit)."));
            }
            if (c.affiliation().length() > MAX_NAME) {
                problems.add(new FieldProblem(field + "affiliation", "At most " + MAX_NAME + " characters."));
            }
        }
        if (request.creators().isEmpty()) {
            problems.add(new FieldProblem("creators", "Enter at least one author."));
        } else if (creatorsJson(request.creators()).length() > MAX_TEXT) {
            problems.add(new FieldProblem("creators", "The author list is too long to store (over " + MAX_TEXT
                    + " characters); shorten affiliations or cite a group."));
        }
        return problems;
    }

    /** The {@code doi.creators} parameter value. */
    public static String creatorsJson(List<Creator> creators) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        creators.forEach(c -> array.add(c.toJson()));
        return array.build().toString();
    }
}
