package org.beamcat.demo.showcase;

/**
 * What one showcase step found or did, in a sentence for the terminal.
 *
 * @param done  whether the demo state the step is for holds now (archived; DOI stored)
 * @param changed whether this run changed anything to get there
 */
public record ShowcaseOutcome(boolean done, boolean changed, String message) {

    static ShowcaseOutcome already(String message) {
        return new ShowcaseOutcome(true, false, message);
    }

    static ShowcaseOutcome madeNow(String message) {
        return new ShowcaseOutcome(true, true, message);
    }

    static ShowcaseOutcome notDone(String message) {
        return new ShowcaseOutcome(false, false, message);
    }
}
