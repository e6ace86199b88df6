package org.beamcat.ids.twolevel;

import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/** One thing that moves between the levels: a dataset or a datafile, depending on the storage unit. */
public sealed interface UnitRef permits UnitRef.Dataset, UnitRef.Datafile {

    /** The dataset or datafile id: the key of the queue and of recorded failures. */
    long id();

    /** The dataset id, which locks are keyed by in both units. */
    long datasetId();

    /** Text for the service status ("data"): the dataset description, or the datafile location. */
    String describe();

    record Dataset(DsInfo dataset) implements UnitRef {

        public Dataset {
            if (dataset.dsId() == null || dataset.invId() == null) {
                throw new IllegalArgumentException("A dataset unit needs the dataset and investigation ids");
            }
        }

        @Override
        public long id() {
            return dataset.dsId();
        }

        @Override
        public long datasetId() {
            return dataset.dsId();
        }

        @Override
        public String describe() {
            return dataset.describe();
        }
    }

    record Datafile(DfInfo datafile) implements UnitRef {

        public Datafile {
            if (datafile.dfId() == null || datafile.dsId() == null || datafile.dfLocation() == null) {
                throw new IllegalArgumentException("A datafile unit needs the datafile id, dataset id and location");
            }
        }

        @Override
        public long id() {
            return datafile.dfId();
        }

        @Override
        public long datasetId() {
            return datafile.dsId();
        }

        @Override
        public String describe() {
            return datafile.dfLocation();
        }
    }
}
