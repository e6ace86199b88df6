package org.beamcat.ids.plugin;

/**
 * Wraps the archive storage the IDS builds from its settings. Found with {@link java.util.ServiceLoader} in
 * the web application's own classes; the production archive ships none. The system tests deploy one that
 * injects archive failures (ids-web's test class {@code org.beamcat.ids.testplugin.FailureRateArchive}), so
 * fault injection never sits in the production archive adapter.
 */
public interface ArchiveDecorator {

    ArchiveStorage decorate(ArchiveStorage archive);
}
