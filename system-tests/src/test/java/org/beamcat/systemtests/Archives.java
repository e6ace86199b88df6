package org.beamcat.systemtests;

import java.io.File;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives this reactor built, exactly as an administrator would deploy them. */
final class Archives {

    private static final File DIR = new File(System.getProperty("archives.dir", "target/archives"));

    private Archives() {
    }

    static WebArchive icatServer() {
        return load(WebArchive.class, "icat-server.war");
    }

    static EnterpriseArchive icatEar() {
        return load(EnterpriseArchive.class, "icat-ear.ear");
    }

    private static <T extends Archive<T>> T load(Class<T> type, String name) {
        File file = new File(DIR, name);
        if (!file.isFile()) {
            throw new IllegalStateException(file + " is missing: run the tests through test.sh (mvn verify -Pit)");
        }
        return ShrinkWrap.createFromZipFile(type, file);
    }
}
