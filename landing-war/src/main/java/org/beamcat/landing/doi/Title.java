package org.beamcat.landing.doi;

/** A title; the main one has no {@code titleType}. */
public record Title(String title, String titleType, String lang) {

    public static Title of(String title) {
        return new Title(title, null, null);
    }
}
