package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator's typo must stop the deployment with a message naming the key, not leave a half-working
 * application behind. The real icat-server.war is given a bad value through its own config source.
 */
@ExtendWith(ArquillianExtension.class)
class BadSettingFailsDeploymentIT {

    private static final String BAD = "icat-server-bad-setting";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = BAD, managed = false, testable = false)
    static WebArchive icatServerWithBadLifetime() {
        return Archives.icatServer().addAsResource(
                new StringAsset("beamcat.icat.lifetime-minutes=forever\n"), "META-INF/microprofile-config.properties");
    }

    @Test
    void deploymentFailsNamingTheKey() throws Exception {
        Exception failure = assertThrows(Exception.class, () -> deployer.deploy(BAD));
        String messages = chainMessages(failure);
        assertTrue(messages.contains("beamcat.icat.lifetime-minutes"), messages);
        assertEquals(404, Http.get("/icat/version").statusCode(), "nothing may stay deployed");
    }

    private static String chainMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
