package org.beamcat.icat.server.query.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.beamcat.icat.server.query.grammar.IcatQueryLexer;

/**
 * Looks at the whole token list before parsing, so that hostile input fails fast with a clear message instead of
 * reaching the parser: stray characters, unterminated strings or timestamps, SQL comments, and nesting deep
 * enough to exhaust the parser's stack (parentheses, or long runs of NOT and signs).
 */
final class TokenScreen {

    private TokenScreen() {
    }

    static void check(List<? extends Token> tokens, int maxDepth) {
        int depth = 0;
        int prefixRun = 0;
        for (Token token : tokens) {
            int type = token.getType();
            int position = token.getStartIndex();
            switch (type) {
                case IcatQueryLexer.ERROR_CHAR -> throw QuerySyntaxError.at(position,
                        "Unexpected " + TokenDescriptions.character(token.getText().codePointAt(0)));
                case IcatQueryLexer.UNTERMINATED_STRING -> throw QuerySyntaxError.at(position,
                        "Unterminated string literal (missing closing ') starting");
                case IcatQueryLexer.UNTERMINATED_TIMESTAMP -> throw QuerySyntaxError.at(position,
                        "Unterminated timestamp literal (missing closing }) starting");
                case IcatQueryLexer.COMMENT_START -> throw QuerySyntaxError.at(position,
                        "Comments are not allowed in queries: found " + TokenDescriptions.quote(token.getText()));
                case IcatQueryLexer.LPAREN -> {
                    depth++;
                    if (depth > maxDepth) {
                        throw QuerySyntaxError.at(position,
                                "Query is nested too deeply (more than " + maxDepth + " levels of parentheses)");
                    }
                }
                case IcatQueryLexer.RPAREN -> depth--;
                default -> {
                    // fall through to the prefix-run check
                }
            }
            boolean prefix = type == IcatQueryLexer.NOT || type == IcatQueryLexer.MINUS || type == IcatQueryLexer.PLUS;
            prefixRun = prefix ? prefixRun + 1 : 0;
            if (prefixRun > maxDepth) {
                throw QuerySyntaxError.at(position,
                        "Query is nested too deeply (more than " + maxDepth + " consecutive NOT or sign operators)");
            }
        }
    }
}
