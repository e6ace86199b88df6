/**
 * Authorization by ICAT Rules (contract 3.3, 4.3–4.5), always evaluated by the database.
 *
 * <p>{@link org.beamcat.icat.server.authz.RuleEngine} (one per application) compiles Rules and PublicSteps with
 * the query language and caches them until {@code invalidate()}. For each call,
 * {@link org.beamcat.icat.server.authz.CallerRules} turns them into JPQL conditions: it is the
 * {@link org.beamcat.icat.server.query.translation.ReadRestriction} of searches and includes and the basis of
 * {@link org.beamcat.icat.server.authz.RuleWriteAccessChecker} for create, update and delete.
 *
 * <p>Semantics: root bypasses everything; by default everything is denied; a rule applies when its grouping is
 * null or the caller is a member (UserGroup whose User.name is the caller's name); one matching rule suffices;
 * an unrestricted rule for everyone makes its entity a public table for READ whatever its flags (ICAT quirk);
 * a PublicStep lets INCLUDE follow origin.field without checking the targets.
 *
 * <p>Scope of READ in searches ({@code beamcat.icat.rule-scope}, issue 14): by default every entity a query
 * touches is restricted (each FROM/JOIN variable, each entity a path steps through, at every sub-select level; a
 * LEFT join in its ON clause), so joins and conditions cannot read rows the caller may not; a PublicStep also
 * lets a join or path follow origin.field from a readable row unrestricted. {@code selected-entity} restricts only
 * the entities the SELECT list returns, as ICAT does.
 */
package org.beamcat.icat.server.authz;
