package org.beamcat.icat.server.soap;

import jakarta.xml.ws.WebFault;
import org.beamcat.icat.server.IcatServerException;

/**
 * The SOAP fault of every operation: element {@code IcatException} with {@code message}, {@code offset}
 * (-1 when it names no element) and {@code type}, as ICAT 4.7's WSDL declares it. JAX-WS builds the fault
 * detail from these three getters.
 */
@WebFault(name = "IcatException", targetNamespace = "http://icatproject.org")
public class IcatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final IcatExceptionType type;
    private final int offset;

    public IcatException(IcatExceptionType type, String message, int offset) {
        super(message);
        this.type = type;
        this.offset = offset;
    }

    static IcatException of(IcatServerException e) {
        return new IcatException(IcatExceptionType.of(e.type()), e.getMessage(), e.offset());
    }

    public IcatExceptionType getType() {
        return type;
    }

    public int getOffset() {
        return offset;
    }
}
