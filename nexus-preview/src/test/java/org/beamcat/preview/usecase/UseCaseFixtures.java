package org.beamcat.preview.usecase;

import java.util.List;
import java.util.Map;
import org.beamcat.preview.fake.FakeHdf;

/** A master file in the fake: /entry/data_files/scan.h5 links a data file with one NXdata "data/signal". */
final class UseCaseFixtures {

    private UseCaseFixtures() {
    }

    static FakeHdf masterWithSignal(long[] shape, int elementBytes) {
        String data = "/entry/data_files/scan.h5/entry/data";
        return new FakeHdf()
                .group("/", "NXroot", Map.of("default", List.of("entry")), "entry")
                .group("/entry", "NXentry", Map.of(), "title", "data_files")
                .text("/entry/title", "scan")
                .group("/entry/data_files", "NXcollection", Map.of(), "scan.h5")
                .group("/entry/data_files/scan.h5", "NXroot", Map.of("default", List.of("entry")), "entry")
                .group("/entry/data_files/scan.h5/entry", "NXentry", Map.of("default", List.of("data")), "data")
                .group(data, "NXdata", Map.of("signal", List.of("signal")), "signal")
                .dataset(data + "/signal", shape, elementBytes, index -> index[index.length - 1] % 100,
                        Map.of("units", List.of("counts")));
    }
}
