package org.beamcat.icat.server.query.ast;

public record OrderItem(Scalar value, boolean descending) {
}
