package org.beamcat.icat.server.soap;

import jakarta.xml.bind.annotation.XmlType;
import org.beamcat.icat.client.IcatErrorType;

/** The fault's {@code type} (the WSDL's {@code icatExceptionType}), one constant per catalogue error type. */
@XmlType(name = "icatExceptionType")
public enum IcatExceptionType {
    BAD_PARAMETER,
    INSUFFICIENT_PRIVILEGES,
    INTERNAL,
    NO_SUCH_OBJECT_FOUND,
    NOT_IMPLEMENTED,
    OBJECT_ALREADY_EXISTS,
    SESSION,
    VALIDATION;

    static IcatExceptionType of(IcatErrorType type) {
        return valueOf(type.name());
    }
}
