package org.beamcat.preview.usecase;

/** HDF5 path arithmetic. */
final class HdfPaths {

    private HdfPaths() {
    }

    static String child(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }

    static String name(String path) {
        if (path.equals("/")) {
            return "/";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
