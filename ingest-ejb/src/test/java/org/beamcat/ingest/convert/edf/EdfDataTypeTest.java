package org.beamcat.ingest.convert.edf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EdfDataTypeTest {

    @Test
    void aliasesMatchIgnoringCaseAndSpaces() {
        assertEquals(Optional.of(EdfDataType.UNSIGNED_SHORT), EdfDataType.of("UnsignedShort"));
        assertEquals(Optional.of(EdfDataType.UNSIGNED_SHORT), EdfDataType.of(" unsignedshortinteger "));
        assertEquals(Optional.of(EdfDataType.UNSIGNED_INT), EdfDataType.of("UnsignedLong"));
        assertEquals(Optional.of(EdfDataType.SIGNED_INT), EdfDataType.of("SIGNEDLONG"));
        assertEquals(Optional.of(EdfDataType.SIGNED_64), EdfDataType.of("Signed64"));
        assertEquals(Optional.of(EdfDataType.FLOAT), EdfDataType.of("Float"));
        assertEquals(Optional.of(EdfDataType.DOUBLE), EdfDataType.of("DoubleIEEE64"));
        assertEquals(Optional.of(EdfDataType.SIGNED_BYTE), EdfDataType.of("SignedChar"));
        assertEquals(Optional.empty(), EdfDataType.of("Complex64"));
    }

    @Test
    void widthsAndSignednessFollowTheNames() {
        assertEquals(4, EdfDataType.UNSIGNED_INT.bytes());
        assertEquals(8, EdfDataType.UNSIGNED_64.bytes());
        assertEquals(true, EdfDataType.UNSIGNED_BYTE.unsigned());
        assertEquals(false, EdfDataType.FLOAT.unsigned());
        assertEquals(Optional.of(EdfByteOrder.HIGH_BYTE_FIRST), EdfByteOrder.of("highbytefirst"));
        assertEquals(Optional.empty(), EdfByteOrder.of("VAX"));
    }
}
