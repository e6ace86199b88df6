package org.beamcat.ids.core;

/**
 * A prepared download: the selection as it was at prepare time, and how to package it.
 *
 * @param zip       zip the data (forced when the selection must zip)
 * @param compress  deflate the entries rather than store them
 * @param selection the snapshot taken by prepareData
 */
public record PreparedData(boolean zip, boolean compress, DataSelection selection) {
}
