package org.beamcat.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The built ids-web module, taken out of the built EAR and deployed on its own under another context root
 * with settings of its own: how the IDS runs in its two-level configurations next to the single-level
 * /ids in the same test domain. The settings go into the WAR's own MicroProfile Config file with an
 * ordinal above the domain's system properties (400), so they win for this application only; everything
 * else (catalogue URL, reader account, root users) comes from the domain as for /ids.
 */
final class IdsWar {

    /** Above the system-property config source (400), below nothing an administrator sets for BeamCat. */
    private static final int ORDINAL = 500;
    /** The key the test-only FailureRateDecorator reads (ids-web test-jar). */
    static final String FAILURE_RATE_FILE = "beamcat.ids.test.archive-failure-rate-file";
    private static final String TEST_PLUGIN = "org/beamcat/ids/testplugin/";

    private IdsWar() {
    }

    /** @param name the application name and the context root without its slash, e.g. {@code ids-dataset} */
    static WebArchive withSettings(String name, Map<String, String> settings) {
        EnterpriseArchive ear = Archives.icatEar();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(ear.getAsType(WebArchive.class, "/ids-web.war"));
        // In the EAR these come from its lib folder; a WAR of its own carries them.
        war.addAsLibraries(library(ear, "beamcat-support.jar"), library(ear, "icat-client.jar"));
        war.delete("/WEB-INF/glassfish-web.xml");
        war.addAsWebInfResource(new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<glassfish-web-app><context-root>/" + name + "</context-root></glassfish-web-app>\n"),
                "glassfish-web.xml");
        Map<String, String> values = new TreeMap<>(settings);
        values.put("config_ordinal", Integer.toString(ORDINAL));
        war.addAsResource(new StringAsset(values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"))), "META-INF/microprofile-config.properties");
        addFailureInjection(war);
        return war;
    }

    /**
     * The test-only archive plugin of ids-web's test-jar (package org.beamcat.ids.testplugin), found by the
     * IDS through its service file: archive calls then fail at the rate read from the file that
     * {@link #FAILURE_RATE_FILE} names, when that key is set. The production EAR holds neither.
     */
    private static void addFailureInjection(WebArchive war) {
        for (String name : new String[] {"FailureRateDecorator", "FailureRateArchive", "ArchiveFaults"}) {
            war.addAsResource(TEST_PLUGIN + name + ".class");
        }
        war.addAsResource(new StringAsset("org.beamcat.ids.testplugin.FailureRateDecorator\n"),
                "META-INF/services/org.beamcat.ids.plugin.ArchiveDecorator");
    }

    /** A jar of the EAR's lib folder, named without the folder (else it lands in WEB-INF/lib/lib). */
    private static JavaArchive library(EnterpriseArchive ear, String name) {
        return ShrinkWrap.create(JavaArchive.class, name).merge(ear.getAsType(JavaArchive.class, "/lib/" + name));
    }

    /**
     * The settings that point a two-level IDS at the main, archive and cache folders of {@code folder}
     * (created when missing), with short queue and tidier timings and a failure-rate file (test plugin).
     */
    static Map<String, String> twoLevelSettings(Path folder, String storageUnit) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("beamcat.data-root", created(folder.resolve("main")).toString());
        settings.put("beamcat.ids.archive-root", created(folder.resolve("archive")).toString());
        settings.put("beamcat.ids.cache-dir", created(folder.resolve("cache")).toString());
        settings.put("beamcat.ids.storage-unit", storageUnit);
        settings.put("beamcat.ids.queue.interval-seconds", "1");
        settings.put("beamcat.ids.queue.write-delay-seconds", "2");
        settings.put("beamcat.ids.tidier.interval-seconds", "1");
        settings.put(FAILURE_RATE_FILE, folder.resolve("failure-rate").toString());
        return settings;
    }

    /**
     * An empty folder for one configuration's storage, under the data root test.sh recreates (emptied here
     * too, so a class rerun against the same domain starts clean).
     */
    static Path freshFolder(String name) {
        return freshFolderAt(Path.of(System.getProperty("it.data.root", "target/it-data")).toAbsolutePath().resolve("ids-" + name));
    }

    /** {@code dir} created empty (emptied when it exists). */
    static Path freshFolderAt(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path created(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
