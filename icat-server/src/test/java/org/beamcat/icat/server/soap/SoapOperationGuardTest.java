package org.beamcat.icat.server.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Finding the operation a SOAP request names, and what is refused before Payara's monitoring pipe sees it. */
class SoapOperationGuardTest {

    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:icat=\"http://icatproject.org\">";

    @Test
    void theOperationsAreThoseOfTheWsdl() {
        assertEquals(Set.of("login", "logout", "getUserName", "getRemainingMinutes", "refresh", "getApiVersion",
                "getProperties", "getEntityNames", "getEntityInfo", "search", "get", "create", "createMany", "update",
                "delete", "deleteMany", "isAccessAllowed", "dummy"), SoapOperationGuard.OPERATIONS);
    }

    @Test
    void aKnownOperationGoesThroughWithHeadersAndWhitespace() {
        SoapPayloadPeek.Result peek = peek(ENVELOPE + "<S:Header><x:h xmlns:x=\"urn:x\">1</x:h></S:Header>\n <S:Body>\n"
                + "<icat:search><sessionId>s</sessionId><query>SELECT f FROM Facility f</query></icat:search>"
                + "</S:Body></S:Envelope>");
        assertEquals(new QName("http://icatproject.org", "search"), peek.payload());
        assertNull(SoapOperationGuard.refusal(peek));
    }

    @Test
    void anUnknownOperationOrAnotherNamespaceIsRefusedByName() {
        assertEquals("Cannot find dispatch method for {http://icatproject.org}getUserNam",
                SoapOperationGuard.refusal(peek(ENVELOPE + "<S:Body><icat:getUserNam/></S:Body></S:Envelope>")));
        assertEquals("Cannot find dispatch method for {urn:other}search", SoapOperationGuard.refusal(peek(ENVELOPE
                + "<S:Body><o:search xmlns:o=\"urn:other\"/></S:Body></S:Envelope>")));
        assertEquals("Cannot find dispatch method for search",
                SoapOperationGuard.refusal(peek(ENVELOPE + "<S:Body><search/></S:Body></S:Envelope>")));
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertEquals("The SOAP Body names no operation",
                SoapOperationGuard.refusal(peek(ENVELOPE + "<S:Body>  </S:Body></S:Envelope>")));
        assertEquals("The SOAP Body names no operation",
                SoapOperationGuard.refusal(peek(ENVELOPE + "<S:Body/></S:Envelope>")));
    }

    @Test
    void whatIsNotASoap11EnvelopeIsLeftToJaxWs() {
        for (String body : new String[] {"not xml", "", "<a><b><c/></b></a>",
                "<E:Envelope xmlns:E=\"http://www.w3.org/2003/05/soap-envelope\"><E:Body><x/></E:Body></E:Envelope>",
                ENVELOPE + "<S:Body><icat:search", "<?xml version=\"1.0\"?><!DOCTYPE S:Envelope [<!ENTITY x SYSTEM"
                        + " \"file:///etc/passwd\">]>" + ENVELOPE.substring(ENVELOPE.indexOf("<S:"))
                        + "<S:Body><icat:nope>&x;</icat:nope></S:Body></S:Envelope>"}) {
            SoapPayloadPeek.Result peek = peek(body);
            assertEquals(SoapPayloadPeek.Kind.NOT_SEEN, peek.kind(), body);
            assertNull(SoapOperationGuard.refusal(peek));
        }
    }

    @Test
    void aBodyBeyondTheLookAheadIsLeftToJaxWsAndReplayedWhole() throws Exception {
        String header = "<S:Header><x:h xmlns:x=\"urn:x\">" + "y".repeat(SoapOperationGuard.PEEK_LIMIT) + "</x:h></S:Header>";
        byte[] request = (ENVELOPE + header + "<S:Body><icat:nope/></S:Body></S:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
        BufferedInputStream body = new BufferedInputStream(new ByteArrayInputStream(request),
                SoapOperationGuard.PEEK_LIMIT);
        body.mark(SoapOperationGuard.PEEK_LIMIT);
        SoapPayloadPeek.Result peek = SoapPayloadPeek.of(new SoapOperationGuard.Bounded(body,
                SoapOperationGuard.PEEK_LIMIT));
        body.reset();
        assertEquals(SoapPayloadPeek.Kind.NOT_SEEN, peek.kind());
        assertArrayEquals(request, body.readAllBytes());
    }

    @Test
    void aPeekedBodyIsReplayedFromItsFirstByte() throws Exception {
        byte[] request = (ENVELOPE + "<S:Body><icat:getApiVersion/></S:Body></S:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
        BufferedInputStream body = new BufferedInputStream(new ByteArrayInputStream(request),
                SoapOperationGuard.PEEK_LIMIT);
        body.mark(SoapOperationGuard.PEEK_LIMIT);
        InputStream bounded = new SoapOperationGuard.Bounded(body, SoapOperationGuard.PEEK_LIMIT);
        assertEquals(SoapPayloadPeek.Kind.OPERATION, SoapPayloadPeek.of(bounded).kind());
        bounded.close();
        body.reset();
        assertArrayEquals(request, body.readAllBytes());
    }

    @Test
    void faultTextIsEscaped() {
        assertEquals("Cannot find {urn:a&amp;b}&lt;x&gt; &quot; ",
                SoapOperationGuard.escape("Cannot find {urn:a&b}<x> \"\u0001"));
    }

    private static SoapPayloadPeek.Result peek(String body) {
        return SoapPayloadPeek.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
