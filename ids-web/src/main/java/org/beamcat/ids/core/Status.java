package org.beamcat.ids.core;

/** What getStatus reports. ARCHIVED beats RESTORING, which beats ONLINE. */
public enum Status {
    ONLINE, RESTORING, ARCHIVED
}
