package org.beamcat.soaproot;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /ICATService/ICAT}, where ICAT 4.7 clients (python-icat, icat.client, icat.server's TestWS) look for the
 * catalogue's SOAP API by default: GET (WSDL and schema) and POST (operations) are forwarded, cross-context, to the
 * JAX-WS endpoint of icat-server.war at {@code /icat/ICATService/ICAT}, so there is one endpoint and no second
 * implementation. An ordinary web module rather than an enterprise-bean endpoint at the server's root: Payara registers
 * those as a second adapter of the HTTP listener, and malformed URLs anywhere in the domain then get its own 500 page.
 */
public class CatalogueSoapForwarder extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where deploy.sh puts icat-server.war. */
    static final String CATALOGUE_CONTEXT = "/icat";
    /** The endpoint's url-pattern in icat-server.war's web.xml. */
    static final String ENDPOINT_PATH = "/ICATService/ICAT";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        forward(request, response);
    }

    private void forward(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        RequestDispatcher endpoint = catalogueEndpoint();
        if (endpoint == null) {
            unavailable(response);
            return;
        }
        endpoint.forward(new RootAddressedRequest(request), response);
    }

    /** Null while icat-server.war is not deployed (getContext then finds this module or the one at "/"). */
    private RequestDispatcher catalogueEndpoint() {
        ServletContext catalogue = getServletContext().getContext(CATALOGUE_CONTEXT);
        if (catalogue == null || !CATALOGUE_CONTEXT.equals(catalogue.getContextPath())) {
            return null;
        }
        return catalogue.getRequestDispatcher(ENDPOINT_PATH);
    }

    /** A SOAP 1.1 Server fault, as the endpoint itself would answer, rather than the container's error page. */
    static void unavailable(HttpServletResponse response) throws IOException {
        byte[] fault = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Server</faultcode>"
                + "<faultstring>The catalogue is not deployed (nothing at " + CATALOGUE_CONTEXT + ENDPOINT_PATH
                + ")</faultstring></S:Fault></S:Body></S:Envelope>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/xml; charset=utf-8");
        response.setContentLength(fault.length);
        response.getOutputStream().write(fault);
    }
}
