package org.beamcat.icat.server.query.parse;

import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.QueryLimits;
import org.beamcat.icat.server.query.ast.GetQuery;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.grammar.IcatQueryLexer;
import org.beamcat.icat.server.query.grammar.IcatQueryParser;

/**
 * Parses ICAT query text into the syntax tree. Every failure, including hostile input, is an
 * {@link IcatServerException} of type BAD_PARAMETER whose message says what was wrong and where (0-based
 * character position). Instances are stateless and thread-safe.
 */
public final class QueryParser {

    /** Longer queries are refused outright; real ones (even long id IN-lists) are far shorter. */
    public static final int MAX_QUERY_LENGTH = QueryLimits.DEFAULTS.maxLength();
    /** Nesting of parentheses, NOT/sign runs, functions, conditions and sub-selects. */
    public static final int MAX_NESTING_DEPTH = QueryLimits.DEFAULTS.maxNestingDepth();

    private final int maxLength;
    private final int maxNestingDepth;

    public QueryParser() {
        this(QueryLimits.DEFAULTS);
    }

    public QueryParser(QueryLimits limits) {
        this.maxLength = limits.maxLength();
        this.maxNestingDepth = limits.maxNestingDepth();
    }

    /** A JPQL-like query, e.g. {@code SELECT ds FROM Dataset ds WHERE ds.name = 'x' INCLUDE 1 LIMIT 0, 10}. */
    public SelectStatement parseSelect(String query) throws IcatServerException {
        return parse(query, parser -> new StatementBuilder(maxNestingDepth).select(parser.selectQuery()
                .selectStatement()));
    }

    /**
     * A query in the concise (legacy) dialect (contract 3.7), e.g.
     * {@code COUNT(Investigation) <-> InvestigationUser <-> User [name = :user]}, built into the same tree as the
     * JPQL-like dialect. Needs the model to resolve {@code <->} and the paths inside brackets.
     */
    public SelectStatement parseConcise(String query, EntityModel model) throws IcatServerException {
        return parse(query, parser -> new ConciseBuilder(model, maxNestingDepth).build(parser.conciseQuery()));
    }

    /** A get query (contract 3.6), e.g. {@code Dataset ds INCLUDE ds.datafiles df} or {@code Dataset INCLUDE 1}. */
    public GetQuery parseGet(String query) throws IcatServerException {
        return parse(query, parser -> new StatementBuilder(maxNestingDepth).get(parser.getQuery()));
    }

    private <T> T parse(String query, Function<IcatQueryParser, T> build) throws IcatServerException {
        if (query == null || query.isBlank()) {
            throw badParameter("query is empty");
        }
        if (query.length() > maxLength) {
            throw badParameter("query is too long (" + query.length() + " characters; the maximum is "
                    + maxLength + "; beamcat.icat.query.max-length)");
        }

        try {
            IcatQueryLexer lexer = new IcatQueryLexer(CharStreams.fromString(query));
            lexer.removeErrorListeners();
            lexer.addErrorListener(new ThrowingErrorListener());
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            TokenScreen.check(tokens.getTokens(), maxNestingDepth);
            int nul = query.indexOf('\0');
            if (nul >= 0) {
                // Only inside a string literal by now. PostgreSQL cannot compare text holding NUL: refuse it here.
                throw badParameter("query contains the NUL character (U+0000) in a string at position " + nul
                        + ", which is not allowed");
            }

            IcatQueryParser parser = new IcatQueryParser(tokens);
            parser.removeErrorListeners();
            parser.addErrorListener(new ThrowingErrorListener());
            // The default strategy reports the first error to the listener, which throws: no recovery noise.
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return build.apply(parser);
        } catch (QuerySyntaxError e) {
            throw badParameter(e.getMessage());
        } catch (StackOverflowError e) {
            // Last line of defence: the screens above should make this unreachable.
            throw badParameter("Query is nested too deeply");
        }
    }

    private static IcatServerException badParameter(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
