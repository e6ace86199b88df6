package org.beamcat.portal.downloads;

/** Where data are, as the IDS's getStatus says: ONLINE beats nothing, RESTORING beats ONLINE, ARCHIVED beats both. */
public enum StorageState {
    ONLINE, RESTORING, ARCHIVED
}
