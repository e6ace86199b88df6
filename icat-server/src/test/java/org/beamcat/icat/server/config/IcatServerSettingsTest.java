package org.beamcat.icat.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;
import org.beamcat.icat.server.query.translation.RuleScope;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class IcatServerSettingsTest {

    private static IcatServerSettings read(Map<String, String> values) {
        return IcatServerSettings.read(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    private static void assertRejected(String key, String value) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> read(Map.of(key, value)), value);
        assertEquals(key, e.key());
    }

    @Test
    void defaultsFollowIcat() {
        assertEquals(new IcatServerSettings(120, 10_000), read(Map.of()));
        IcatServerSettings defaults = read(Map.of());
        assertEquals(Set.of(), defaults.rootUserNames());
        assertEquals(List.of("simple", "db"),
                defaults.authentication().authenticators().stream().map(AuthenticatorSettings::mnemonic).toList());
        assertTrue(defaults.authentication().simpleUsers().isEmpty());
    }

    @Test
    void searchBoundsHaveDefaultsAndAreValidated() {
        SearchSettings defaults = read(Map.of()).searches();
        assertEquals(30, defaults.maxSearchSeconds());
        assertEquals(SearchSettings.DEFAULT_MAX_CONCURRENT_SEARCHES, defaults.maxConcurrentSearches());
        assertTrue(defaults.maxConcurrentSearches() >= 2);
        assertEquals(org.beamcat.icat.server.query.QueryLimits.DEFAULTS, defaults.queryLimits());
        SearchSettings set = read(Map.of(SearchSettings.MAX_SEARCH_SECONDS, "5", SearchSettings.MAX_VARIABLES, "8",
                SearchSettings.MAX_IN_LIST, "100")).searches();
        assertEquals(5, set.maxSearchSeconds());
        assertEquals(8, set.queryLimits().maxVariables());
        assertEquals(100, set.queryLimits().maxInListSize());
        assertRejected(SearchSettings.MAX_SEARCH_SECONDS, "0");
        assertRejected(SearchSettings.MAX_SEARCH_SECONDS, "30s");
        assertRejected(SearchSettings.MAX_CONCURRENT_SEARCHES, "0");
        assertRejected(SearchSettings.MAX_QUERY_LENGTH, "10");
        assertRejected(SearchSettings.MAX_NESTING_DEPTH, "1000");
        assertRejected(SearchSettings.MAX_VARIABLES, "1");
        assertRejected(SearchSettings.MAX_SUBQUERY_DEPTH, "-1");
        assertRejected(SearchSettings.MAX_IN_LIST, "0");
        assertRejected(SearchSettings.MAX_TERMS, "100000");
    }

    @Test
    void badLifetimeNamesItsKey() {
        assertRejected(IcatServerSettings.LIFETIME_MINUTES, "forever");
    }

    @Test
    void maxEntitiesMustBePositive() {
        assertRejected(IcatServerSettings.MAX_ENTITIES, "0");
    }

    @Test
    void rootUsersAreFullNamesSeparatedByCommasOrSpaces() {
        IcatServerSettings settings = read(Map.of("beamcat.icat.root-users", "simple/root, db/admin anon"));
        assertEquals(Set.of("simple/root", "db/admin", "anon"), settings.rootUserNames());
        assertTrue(settings.isRoot("simple/root"));
        assertFalse(settings.isRoot("root"));
        assertRejected(IcatServerSettings.ROOT_USERS, "simple/");
    }

    @Test
    void ruleScopeIsEveryEntityUnlessIcatsIsAskedFor() {
        assertEquals(RuleScope.EVERY_ENTITY, read(Map.of()).ruleScope());
        assertEquals(RuleScope.SELECTED_ENTITY,
                read(Map.of(IcatServerSettings.RULE_SCOPE, "selected-entity")).ruleScope());
        assertEquals(RuleScope.EVERY_ENTITY, read(Map.of(IcatServerSettings.RULE_SCOPE, " Every-Entity ")).ruleScope());
        assertRejected(IcatServerSettings.RULE_SCOPE, "selected");
    }

    @Test
    void onlyKnownAuthenticatorsMayBeEnabled() {
        assertRejected(AuthenticationSettings.AUTHENTICATORS, "simple,ldap");
        assertRejected(AuthenticationSettings.AUTHENTICATORS, "simple,simple");
        assertRejected(AuthenticationSettings.AUTHENTICATORS, " , ");
    }

    @Test
    void adminFlagMustBeABoolean() {
        assertRejected("beamcat.icat.authn.db.admin", "sometimes");
    }

    @Test
    void simpleUsersAreValidatedAndNeverPrinted() {
        String hash = Pbkdf2Password.create("pw", 1_000).encode();
        IcatServerSettings settings = read(Map.of("beamcat.icat.authn.simple.users", "root:" + hash + ",bob:plain:bob"));
        assertEquals(Set.of("root", "bob"), settings.authentication().simpleUsers().keySet());
        assertFalse(settings.toString().contains(hash), settings.toString());
        assertFalse(settings.toString().contains("plain:bob"), settings.toString());
        assertRejected(AuthenticationSettings.SIMPLE_USERS, "root:hunter2");
        assertRejected(AuthenticationSettings.SIMPLE_USERS, "root");
    }

    @Test
    void friendlyNamesAreOptional() {
        IcatServerSettings settings = read(Map.of("beamcat.icat.authn.simple.friendly", "Local account"));
        assertEquals(Optional.of("Local account"),
                settings.authentication().authenticator("simple").orElseThrow().friendly());
        assertEquals(Optional.empty(), settings.authentication().authenticator("db").orElseThrow().friendly());
    }
}
