package org.beamcat.icat.server.soap.info;

import jakarta.xml.bind.annotation.XmlType;

/** How a field relates: a value, a reference to one object, or a collection. */
@XmlType(name = "relType")
public enum RelType {
    ATTRIBUTE,
    MANY,
    ONE
}
