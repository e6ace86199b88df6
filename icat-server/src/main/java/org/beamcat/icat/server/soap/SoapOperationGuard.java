package org.beamcat.icat.server.soap;

import jakarta.jws.WebMethod;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;

/**
 * Answers a POST to the SOAP endpoint that names no operation of the WSDL (a typo, a later ICAT's call, an empty Body)
 * with a SOAP {@code Client} fault naming what was asked for, as JAX-WS itself would. Needed because Payara's
 * monitoring pipe, which runs before JAX-WS looks for the operation, fails with a NullPointerException on such a
 * request and the client got a {@code Server} fault saying only "java.lang.NullPointerException". Reads at most
 * {@link #PEEK_LIMIT} bytes of the request ahead, and hands the endpoint the whole body, those bytes included.
 */
public class SoapOperationGuard implements Filter {

    /** Bytes read ahead to find the Body: envelopes put their headers (if any) first, and they are small. */
    static final int PEEK_LIMIT = 64 * 1024;

    static final Set<String> OPERATIONS = operations(ICAT.class);
    private static final String NAMESPACE = "http://icatproject.org";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!"POST".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        BufferedInputStream body = new BufferedInputStream(http.getInputStream(), PEEK_LIMIT);
        body.mark(PEEK_LIMIT);
        SoapPayloadPeek.Result peek = SoapPayloadPeek.of(new Bounded(body, PEEK_LIMIT));
        body.reset();
        String refusal = refusal(peek);
        if (refusal != null) {
            clientFault((HttpServletResponse) response, refusal);
            return;
        }
        chain.doFilter(new ReplayedBody(http, body), response);
    }

    /** Why the request is refused, or null to let the endpoint answer it. */
    static String refusal(SoapPayloadPeek.Result peek) {
        return switch (peek.kind()) {
            case NOT_SEEN -> null;
            case EMPTY_BODY -> "The SOAP Body names no operation";
            case OPERATION -> known(peek.payload()) ? null : "Cannot find dispatch method for " + peek.payload();
        };
    }

    private static boolean known(QName payload) {
        return NAMESPACE.equals(payload.getNamespaceURI()) && OPERATIONS.contains(payload.getLocalPart());
    }

    static Set<String> operations(Class<?> endpoint) {
        Set<String> names = new TreeSet<>();
        // as JAX-WS reads an endpoint class: its public instance methods, less those excluded
        for (Method method : endpoint.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            WebMethod web = method.getAnnotation(WebMethod.class);
            if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || web != null && web.exclude()) {
                continue;
            }
            names.add(web == null || web.operationName().isEmpty() ? method.getName() : web.operationName());
        }
        return Set.copyOf(names);
    }

    static void clientFault(HttpServletResponse response, String message) throws IOException {
        byte[] fault = ("<?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S=\"" + SoapPayloadPeek.SOAP_11_ENVELOPE
                + "\"><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>" + escape(message)
                + "</faultstring></S:Fault></S:Body></S:Envelope>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR); // SOAP 1.1 sends every fault with 500
        response.setContentType("text/xml; charset=utf-8");
        response.setContentLength(fault.length);
        response.getOutputStream().write(fault);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** At most {@code limit} bytes of {@code in}, and close() leaves it open: the peek must not end the request. */
    static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    /** The request with its body read from the start again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final ServletInputStream replay;

        ReplayedBody(HttpServletRequest request, InputStream body) throws IOException {
            super(request);
            ServletInputStream original = request.getInputStream();
            this.replay = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    original.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return replay;
        }
    }
}
