package org.beamcat.icat.server.query.ast;

import java.util.List;
import java.util.Optional;

/** What to load along with each result entity (contract 3.4 and, for the old get form, 3.6). */
public sealed interface IncludeClause {

    /** {@code INCLUDE 1}: every to-one relationship of the result, one level deep. */
    record AllToOne() implements IncludeClause {
    }

    /** {@code INCLUDE ds.datafiles df, df.parameters, ds.type}. */
    record Steps(List<Step> steps) implements IncludeClause {
        public Steps {
            steps = List.copyOf(steps);
        }

        /** A path from the selected variable or an earlier step's variable, optionally naming its end. */
        public record Step(Path path, Optional<String> variable) {
        }
    }

    /** Old get-query form {@code Dataset INCLUDE Datafile, DatafileParameter}: entity names, resolved via the model. */
    record EntityTypes(List<String> entities) implements IncludeClause {
        public EntityTypes {
            entities = List.copyOf(entities);
        }
    }
}
