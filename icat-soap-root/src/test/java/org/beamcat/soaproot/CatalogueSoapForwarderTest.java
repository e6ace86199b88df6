package org.beamcat.soaproot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forward to the catalogue's endpoint, against in-memory stand-ins of the container's objects. */
class CatalogueSoapForwarderTest {

    /** What the fakes saw. */
    private final List<String> dispatchedPaths = new ArrayList<>();
    private final List<ServletRequest> forwarded = new ArrayList<>();
    private final Map<String, Object> response = new HashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void postsAndWsdlRequestsGoToTheCatalogueEndpointWithTheRootAsContextPath() throws Exception {
        CatalogueSoapForwarder forwarder = forwarder(context("/icat"));
        HttpServletRequest request = request("POST", "/ICATService");
        forwarder.service(request, response());
        forwarder.service(request("GET", "/ICATService"), response());

        assertEquals(List.of("/ICATService/ICAT", "/ICATService/ICAT"), dispatchedPaths);
        HttpServletRequest seen = (HttpServletRequest) forwarded.get(0);
        assertEquals("", seen.getContextPath(), "the WSDL's address must not gain /icat");
        assertEquals("POST", seen.getMethod());
        assertSame(request, ((RootAddressedRequest) seen).getRequest());
    }

    @Test
    void withoutTheCatalogueTheAnswerIsASoapServerFault() throws Exception {
        forwarder(null).service(request("POST", "/ICATService"), response());
        assertUnavailable();
    }

    @Test
    void theModuleAtTheRootIsNotTakenForTheCatalogue() throws Exception {
        // getContext("/icat") answers the "/" module when /icat is not deployed
        forwarder(context("")).service(request("GET", "/ICATService"), response());
        assertUnavailable();
        assertTrue(dispatchedPaths.isEmpty(), dispatchedPaths.toString());
    }

    private void assertUnavailable() {
        assertEquals(503, response.get("status"));
        assertEquals("text/xml; charset=utf-8", response.get("contentType"));
        String fault = body.toString(StandardCharsets.UTF_8);
        assertTrue(fault.contains("<faultcode>S:Server</faultcode>"), fault);
        assertTrue(fault.contains("The catalogue is not deployed"), fault);
        assertEquals(body.size(), response.get("contentLength"));
        assertTrue(forwarded.isEmpty());
    }

    private CatalogueSoapForwarder forwarder(ServletContext catalogue) throws Exception {
        ServletContext own = fake(ServletContext.class, (method, args) -> switch (method) {
            case "getContext" -> {
                assertEquals("/icat", args[0]);
                yield catalogue;
            }
            case "getContextPath" -> "/ICATService";
            default -> null;
        });
        ServletConfig config = fake(ServletConfig.class, (method, args) -> switch (method) {
            case "getServletContext" -> own;
            case "getServletName" -> "ICATService";
            default -> null;
        });
        CatalogueSoapForwarder forwarder = new CatalogueSoapForwarder();
        forwarder.init(config);
        return forwarder;
    }

    private ServletContext context(String path) {
        RequestDispatcher endpoint = fake(RequestDispatcher.class, (method, args) -> {
            if (method.equals("forward")) {
                forwarded.add((ServletRequest) args[0]);
            }
            return null;
        });
        return fake(ServletContext.class, (method, args) -> switch (method) {
            case "getContextPath" -> path;
            case "getRequestDispatcher" -> {
                dispatchedPaths.add((String) args[0]);
                yield endpoint;
            }
            default -> null;
        });
    }

    private static HttpServletRequest request(String method, String contextPath) {
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getContextPath" -> contextPath;
            case "getProtocol" -> "HTTP/1.1";
            default -> null;
        });
    }

    private HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return fake(HttpServletResponse.class, (method, args) -> switch (method) {
            case "setStatus" -> {
                response.put("status", args[0]);
                yield null;
            }
            case "setContentType" -> {
                response.put("contentType", args[0]);
                yield null;
            }
            case "setContentLength" -> {
                response.put("contentLength", args[0]);
                yield null;
            }
            case "getOutputStream" -> out;
            default -> null;
        });
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "fake " + type.getSimpleName();
                    }
                    Object value = answer.answer(method.getName(), args);
                    if (value == null && method.getReturnType() == boolean.class) {
                        return false;
                    }
                    if (value == null && method.getReturnType() == int.class) {
                        return 0;
                    }
                    if (value == null && method.getReturnType() == long.class) {
                        return 0L;
                    }
                    return value;
                }));
    }

    @Test
    void theWrapperChangesNothingElse() {
        HttpServletRequest request = request("GET", "/ICATService");
        RootAddressedRequest wrapped = new RootAddressedRequest(request);
        assertEquals("GET", wrapped.getMethod());
        assertNull(wrapped.getQueryString());
    }
}
