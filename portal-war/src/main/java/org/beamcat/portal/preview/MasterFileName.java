package org.beamcat.portal.preview;

/**
 * The name ingestion gives a dataset's NeXus master file: {@code <folder>_master.h5}, the folder's name made a
 * safe NeXus name (ingest-ejb's {@code MasterFile.fileName}; a unit test checks both agree).
 */
public final class MasterFileName {

    private MasterFileName() {
    }

    /** The master file's name for a dataset location ({@code id11/MA-4321/s1/s1_0001} → {@code s1_0001_master.h5}). */
    public static String of(String datasetLocation) {
        String trimmed = datasetLocation.replaceAll("[/\\\\]+$", "");
        String folder = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
        String name = folder.strip().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            name = "unnamed";
        } else if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        return name + "_master.h5";
    }
}
