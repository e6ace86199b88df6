package org.beamcat.icat.server.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.server.query.translation.RuleScope;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of icat-server, read and validated once when the application starts.
 *
 * @param lifetimeMinutes how long a session lives after login or refresh ({@code beamcat.icat.lifetime-minutes})
 * @param maxEntities     most entities one call may return or write ({@code beamcat.icat.max-entities})
 * @param rootUserNames   full user names ({@code simple/root}) that bypass every rule
 *                        ({@code beamcat.icat.root-users}, comma-separated, default none)
 * @param authentication  the enabled authenticators and their settings ({@code beamcat.icat.authenticators}, …)
 * @param searches        how long and how many searches may run, and how big a query may be
 * @param ruleScope       which entities of a search the READ rules restrict ({@code beamcat.icat.rule-scope}:
 *                        {@code every-entity}, the default, or ICAT's {@code selected-entity})
 */
public record IcatServerSettings(int lifetimeMinutes, int maxEntities, Set<String> rootUserNames,
        AuthenticationSettings authentication, SearchSettings searches, RuleScope ruleScope) {

    public static final String LIFETIME_MINUTES = "beamcat.icat.lifetime-minutes";
    public static final String MAX_ENTITIES = "beamcat.icat.max-entities";
    public static final String ROOT_USERS = "beamcat.icat.root-users";
    public static final String RULE_SCOPE = "beamcat.icat.rule-scope";

    public IcatServerSettings {
        rootUserNames = Set.copyOf(rootUserNames);
    }

    /** Settings with the default search bounds and READ rules applied to every entity a search touches. */
    public IcatServerSettings(int lifetimeMinutes, int maxEntities, Set<String> rootUserNames,
            AuthenticationSettings authentication) {
        this(lifetimeMinutes, maxEntities, rootUserNames, authentication, SearchSettings.DEFAULTS,
                RuleScope.EVERY_ENTITY);
    }

    /** Settings with no root user and the default authenticators (for code that only needs the numbers). */
    public IcatServerSettings(int lifetimeMinutes, int maxEntities) {
        this(lifetimeMinutes, maxEntities, Set.of(),
                AuthenticationSettings.read(new SettingsReader(key -> Optional.empty())));
    }

    public static IcatServerSettings read(SettingsReader reader) {
        return new IcatServerSettings(
                reader.intInRange(LIFETIME_MINUTES, 120, 1, 7 * 24 * 60),
                reader.intInRange(MAX_ENTITIES, 10_000, 1, 1_000_000),
                rootUserNames(reader),
                AuthenticationSettings.read(reader),
                SearchSettings.read(reader),
                ruleScope(reader));
    }

    public boolean isRoot(String userName) {
        return rootUserNames.contains(userName);
    }

    private static RuleScope ruleScope(SettingsReader reader) {
        String value = reader.optionalString(RULE_SCOPE).orElse(RuleScope.EVERY_ENTITY.setting());
        return RuleScope.ofSetting(value).orElseThrow(() -> new InvalidSettingException(RULE_SCOPE,
                "'" + value + "' is not every-entity or selected-entity"));
    }

    private static Set<String> rootUserNames(SettingsReader reader) {
        // ICAT separates rootUserNames with spaces; commas are accepted too.
        Set<String> names = Arrays.stream(reader.optionalString(ROOT_USERS).orElse("").split("[,\\s]+"))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        for (String name : names) {
            if (name.startsWith("/") || name.endsWith("/")) {
                throw new InvalidSettingException(ROOT_USERS, "'" + name + "' is not a user name like simple/root");
            }
        }
        return names;
    }
}
