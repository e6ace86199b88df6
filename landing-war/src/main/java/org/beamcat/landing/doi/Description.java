package org.beamcat.landing.doi;

/** A free-text description; ESRF sends the proposal abstract as {@code Abstract}. */
public record Description(String description, String descriptionType) {

    public static Description abstractOf(String text) {
        return new Description(text, "Abstract");
    }
}
