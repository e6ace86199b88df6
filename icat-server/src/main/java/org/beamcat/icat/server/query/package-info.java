/**
 * The ICAT query language (contract section 3).
 *
 * <p>Pipeline, one sub-package per step: {@code grammar} (ANTLR, generated from {@code IcatQuery.g4}) →
 * {@code parse} (text to the records of {@code ast}; hostile input rejected) → {@code validation} (every identifier
 * checked against the {@code EntityModel}; literal values decided) → {@code translation} (JPQL with bound
 * parameters, READ restrictions ANDed in) with {@code include} describing what INCLUDE asks to load.
 * {@link org.beamcat.icat.server.query.IcatQueries} runs the whole pipeline. The concise (legacy) dialect (contract
 * 3.7) has its own grammar entry and is built by {@code parse.ConciseBuilder} into the same {@code SelectStatement},
 * so it shares validation, rules and translation.
 *
 * <p>Decisions where the contract is silent: select items are paths or aggregates of paths; ORDER BY takes
 * attribute paths and aggregates; GROUP BY takes paths; string literals compared with timestamp or numeric
 * attributes are parsed here (bound as Date/number) because bound parameters get no database coercion.
 * INCLUDE has variables of its own, as in ICAT 4.7: the selected variable and the names its steps declare; an
 * INCLUDE name may repeat a FROM or JOIN name (python-icat's icatdump does), the query never sees INCLUDE names,
 * and a step never starts from a FROM or JOIN variable other than the selected one.
 */
package org.beamcat.icat.server.query;
