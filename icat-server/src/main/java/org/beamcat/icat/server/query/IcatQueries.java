package org.beamcat.icat.server.query;

import java.time.ZoneId;
import java.util.Locale;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.parse.QueryParser;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.translation.JpqlTranslator;
import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.beamcat.icat.server.query.validation.QueryValidator;
import org.beamcat.icat.server.query.validation.ValidatedGet;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * The query language in one place: parse, validate against the model, translate. What the REST search/get code
 * and the rules engine call. Thread-safe.
 */
public final class IcatQueries {

    private final QueryParser parser;
    private final QueryValidator validator;
    private final EntityModel model;
    private final JpqlTranslator translator = new JpqlTranslator();

    public IcatQueries(EntityModel model) {
        this(model, ZoneId.systemDefault());
    }

    public IcatQueries(EntityModel model, ZoneId zone) {
        this(model, zone, QueryLimits.DEFAULTS);
    }

    public IcatQueries(EntityModel model, ZoneId zone, QueryLimits limits) {
        this.parser = new QueryParser(limits);
        this.validator = new QueryValidator(model, zone, limits);
        this.model = model;
    }

    /** A search query (REST {@code GET entityManager} without {@code id}) translated for this user. */
    public JpqlQuery search(String query, String userName, ReadRestriction restriction)
            throws IcatServerException {
        return translator.translate(validate(query), userName, restriction);
    }

    /**
     * Parses and validates a query, e.g. a rule's {@code what}, for later translation. Contract 3.1: a query whose
     * first token is SELECT is the JPQL-like dialect, anything else the concise dialect (3.7); both become the same
     * tree and go through the same validation.
     */
    public ValidatedQuery validate(String query) throws IcatServerException {
        if (query != null && !query.isBlank() && !startsWithSelect(query)) {
            return validator.validate(parser.parseConcise(query, model));
        }
        return validator.validate(parser.parseSelect(query));
    }

    /** Validates a query built as a tree (a rule rewritten by the rules engine). */
    public ValidatedQuery validate(SelectStatement statement) throws IcatServerException {
        return validator.validate(statement);
    }

    /** A get query (REST {@code GET entityManager} with {@code id}), e.g. {@code Dataset ds INCLUDE ds.datafiles}. */
    public ValidatedGet get(String query) throws IcatServerException {
        return validator.validateGet(parser.parseGet(query));
    }

    public JpqlTranslator translator() {
        return translator;
    }

    /** Contract 3.1: the dialect is chosen by whether the first token, after trimming, is SELECT. */
    private static boolean startsWithSelect(String query) {
        String trimmed = query.strip();
        return trimmed.length() >= 6 && trimmed.substring(0, 6).toUpperCase(Locale.ROOT).equals("SELECT")
                && (trimmed.length() == 6 || !Character.isLetterOrDigit(trimmed.charAt(6))
                        && trimmed.charAt(6) != '_' && trimmed.charAt(6) != '$');
    }
}
