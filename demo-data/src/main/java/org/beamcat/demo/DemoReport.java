package org.beamcat.demo;

import java.util.ArrayList;
import java.util.List;

/** What the loader created and what it found already there. */
final class DemoReport {

    private final List<String> created = new ArrayList<>();
    private final List<String> present = new ArrayList<>();

    void created(String what) {
        created.add(what);
    }

    void present(String what) {
        present.add(what);
    }

    List<String> createdItems() {
        return List.copyOf(created);
    }

    String summary() {
        return "demo facility: created " + (created.isEmpty() ? "nothing" : String.join(", ", created))
                + (present.isEmpty() ? "" : "; already present: " + String.join(", ", present));
    }
}
