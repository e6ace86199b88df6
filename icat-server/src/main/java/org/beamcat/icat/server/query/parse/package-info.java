/**
 * Text to syntax tree: {@link org.beamcat.icat.server.query.parse.QueryParser} runs the ANTLR lexer and parser
 * (grammar {@code IcatQuery.g4}) with listeners that throw, screens tokens for hostile input first, and builds the
 * records of {@code query.ast}.
 */
package org.beamcat.icat.server.query.parse;
