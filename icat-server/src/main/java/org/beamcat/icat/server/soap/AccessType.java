package org.beamcat.icat.server.soap;

import jakarta.xml.bind.annotation.XmlType;

/** {@code isAccessAllowed}'s {@code accessType} (the WSDL's {@code accessType}). */
@XmlType(name = "accessType")
public enum AccessType {
    READ,
    UPDATE,
    DELETE,
    CREATE
}
