package org.beamcat.systemtests;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The built portal-war, taken out of the built EAR and deployed on its own under another context root with
 * settings of its own (for example an IDS whose archive is slow, or a small cart limit), next to the EAR's
 * portal at / in the same test domain. In the EAR its libraries (icat-client, nexus-preview, jhdf, Caffeine...)
 * come from the EAR's lib folder; a WAR of its own carries all of them. The settings go into the WAR's own
 * MicroProfile Config file with an ordinal above the domain's system properties (400), as {@link IdsWar} does.
 */
final class PortalWar {

    private static final int ORDINAL = 500;

    private PortalWar() {
    }

    /** @param name the application name and the context root without its slash, e.g. {@code portal-cart} */
    static WebArchive withSettings(String name, Map<String, String> settings) {
        EnterpriseArchive ear = Archives.icatEar();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(ear.getAsType(WebArchive.class, "/portal-war.war"));
        for (ArchivePath path : ear.getContent(Filters.include("/lib/.*\\.jar")).keySet()) {
            String jar = path.get().substring("/lib/".length());
            war.addAsLibraries(ShrinkWrap.create(JavaArchive.class, jar).merge(ear.getAsType(JavaArchive.class, path.get())));
        }
        war.delete("/WEB-INF/glassfish-web.xml");
        war.addAsWebInfResource(new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<glassfish-web-app><context-root>/"
                + name + "</context-root></glassfish-web-app>\n"), "glassfish-web.xml");
        Map<String, String> values = new TreeMap<>(settings);
        values.put("config_ordinal", Integer.toString(ORDINAL));
        war.addAsResource(new StringAsset(values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"))), "META-INF/microprofile-config.properties");
        return war;
    }
}
