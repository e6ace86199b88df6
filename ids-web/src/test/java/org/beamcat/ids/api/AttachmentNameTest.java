package org.beamcat.ids.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void onlyTheLastPathPartIsKept() {
        assertEquals("evil0.txt", AttachmentName.safe("../../evil0.txt"));
        assertEquals("evil1.txt", AttachmentName.safe("..\\..\\evil1.txt"));
        assertEquals("passwd", AttachmentName.safe("/etc/passwd"));
        assertEquals("x.h5", AttachmentName.safe("C:\\data/scan\\x.h5"));
    }

    @Test
    void controlFormatAndQuoteCharactersAreDropped() {
        assertEquals("abX-Injected: yes.txt", AttachmentName.safe("a\"b\r\nX-Injected: yes.txt"));
        assertEquals("nul.txt", AttachmentName.safe("nul\u0000.txt"));
        assertEquals("evilexe.txt", AttachmentName.safe("evil\u202Eexe.txt"), "no right-to-left override");
        assertEquals("a b", AttachmentName.safe("  a b\u2028 "));
    }

    @Test
    void nothingUsableLeftIsNull() {
        assertNull(AttachmentName.safe(null));
        assertNull(AttachmentName.safe(""));
        assertNull(AttachmentName.safe("dir/"));
        assertNull(AttachmentName.safe(".."));
        assertNull(AttachmentName.safe("a/."));
        assertNull(AttachmentName.safe("\u0000\u0001"));
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = AttachmentName.safe("é".repeat(1_000) + ".h5");
        assertEquals(AttachmentName.MAX_LENGTH, name.length());
        assertTrue(name.endsWith("é.h5"), name);
    }

    @Test
    void plainAsciiNamesGiveTheUsualHeader() {
        assertEquals("attachment; filename=\"mydata.zip\"", AttachmentName.header("mydata.zip"));
        assertEquals("attachment; filename=\"a b;c,d=e.txt\"", AttachmentName.header("a b;c,d=e.txt"));
    }

    @Test
    void otherNamesAddAnRfc5987FilenameBesideAnAsciiFallback() {
        assertEquals("attachment; filename=\"Stra_e _n_ __.h5\"; filename*=UTF-8''"
                + "Stra%C3%9Fe%20%C3%BCn%C3%AF%20%E6%95%B0%E6%8D%AE.h5", AttachmentName.header("Straße ünï 数据.h5"));
        assertEquals("attachment; filename=\"100_.txt\"; filename*=UTF-8''100%25.txt", AttachmentName.header("100%.txt"));
        assertEquals("attachment; filename=\"_.txt\"; filename*=UTF-8''%F0%9F%98%80.txt",
                AttachmentName.header("\uD83D\uDE00.txt"), "one character outside the BMP, one replacement");
    }
}
