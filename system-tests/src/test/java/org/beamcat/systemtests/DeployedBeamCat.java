package org.beamcat.systemtests;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Base of system tests that need the whole of BeamCat deployed: the catalogue, then the EAR (IDS, ingest, DOIs),
 * as test.sh's domain is configured. Arquillian finds these deployment methods from the subclasses.
 */
abstract class DeployedBeamCat {

    @Deployment(name = "icat-server", order = 1, testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Deployment(name = "icat-ear", order = 2, testable = false)
    static EnterpriseArchive icatEar() {
        return Archives.icatEar();
    }
}
