package org.beamcat.soaproot;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the catalogue's endpoint sees it after the forward: JAX-WS writes the WSDL's {@code soap:address}
 * (and the schema's location) as scheme, host, port and context path followed by the endpoint's url-pattern
 * ({@code /ICATService/ICAT}); an empty context path makes that the address the client called,
 * {@code http(s)://host:port/ICATService/ICAT}, instead of the {@code /icat/…} address the forward targets. The
 * container keeps an application's wrapper outermost when it forwards, so this answer wins over the forward's.
 */
final class RootAddressedRequest extends HttpServletRequestWrapper {

    RootAddressedRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getContextPath() {
        return "";
    }
}
