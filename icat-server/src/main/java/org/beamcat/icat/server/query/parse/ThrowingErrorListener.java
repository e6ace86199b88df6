package org.beamcat.icat.server.query.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.beamcat.icat.server.query.grammar.IcatQueryLexer;

/**
 * Replaces ANTLR's console listener: the first syntax error aborts parsing with a message naming the unexpected
 * token, its position (0-based character offset in the query) and, when there are only a few, what was expected.
 */
final class ThrowingErrorListener extends BaseErrorListener {

    private static final int MAX_EXPECTATIONS_SHOWN = 6;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token)) {
            // Lexer errors cannot happen (the grammar has a catch-all token), but never fall back to printing.
            throw new QuerySyntaxError("Syntax error in query at line " + line + " column " + charPositionInLine);
        }
        String found = token.getType() == Token.EOF ? "Unexpected end of query"
                : "Unexpected " + TokenDescriptions.quote(token.getText());
        String expected = recognizer instanceof Parser parser ? expectations(parser) : "";
        throw new QuerySyntaxError(found + " at position " + token.getStartIndex() + expected);
    }

    private static String expectations(Parser parser) {
        IntervalSet expected;
        try {
            expected = parser.getExpectedTokens();
        } catch (RuntimeException e) {
            return "";
        }
        List<Integer> types = expected.toList();
        if (types.isEmpty() || types.size() > MAX_EXPECTATIONS_SHOWN) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int type : types) {
            names.add(describe(type));
        }
        return "; expected " + String.join(" or ", names);
    }

    private static String describe(int type) {
        return switch (type) {
            case Token.EOF -> "end of query";
            case IcatQueryLexer.IDENT -> "a name";
            case IcatQueryLexer.INTEGER_LITERAL -> "an integer";
            case IcatQueryLexer.STRING_LITERAL -> "a string";
            default -> {
                String literal = IcatQueryLexer.VOCABULARY.getLiteralName(type);
                String name = literal != null ? literal : IcatQueryLexer.VOCABULARY.getSymbolicName(type);
                yield name == null ? "token " + type : name.toUpperCase(Locale.ROOT);
            }
        };
    }
}
