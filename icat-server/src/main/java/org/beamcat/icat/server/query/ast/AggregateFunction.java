package org.beamcat.icat.server.query.ast;

public enum AggregateFunction {
    COUNT, MIN, MAX, AVG, SUM
}
