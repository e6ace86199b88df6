package org.beamcat.ids.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.beamcat.ids.error.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "0D9A0000-0000-0000-0000-000000000000", "0d9a0000-0000-0000-0000-00000000000"})
    void onlyLowerCaseUuidsPass(String id) {
        assertEquals("The sessionId parameter '" + id + "' is not a valid UUID",
                assertThrows(BadRequestException.class, () -> IdsParams.uuid("sessionId", id)).getMessage());
    }

    @Test
    void rangeIsBytesOffsetDashOnly() throws Exception {
        assertEquals(0, IdsParams.offset(null));
        assertEquals(1048576, IdsParams.offset("bytes=1048576-"));
        for (String bad : new String[] {"bytes=-5", "bytes=1-2", "items=1-", "bytes=1"}) {
            assertEquals("The range must match bytes=(\\d+)-",
                    assertThrows(BadRequestException.class, () -> IdsParams.offset(bad)).getMessage(), bad);
        }
    }

    @Test
    void zipNamesFollowTheContract() {
        assertEquals("mydata.zip", DataResource.fileName(download(true), "mydata"));
        assertEquals("mydata.zip", DataResource.fileName(download(true), "mydata.zip"));
        assertEquals("my.data.ZIP.zip", DataResource.fileName(download(true), "my.data.ZIP"));
        assertEquals("b.h5", DataResource.fileName(download(false), null), "the datafile name without its path");
        assertEquals("out", DataResource.fileName(download(false), "out"));
        assertEquals(true, DataResource.fileName(download(true), null).matches("\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.zip"));
        assertEquals("evil.zip", DataResource.fileName(download(true), "../../evil"));
        assertEquals("passwd", DataResource.fileName(download(false), "/etc/passwd"));
        assertEquals("b.h5", DataResource.fileName(download(false), ".."), "an unusable outname is ignored");
        assertEquals(true, DataResource.fileName(download(true), "a/").endsWith(".zip"));
    }

    @Test
    void putTextsRefuseControlCharacters() throws Exception {
        assertEquals("ok name.txt", IdsParams.text("name", "ok name.txt"));
        assertEquals(null, IdsParams.text("doi", null));
        for (String bad : new String[] {"nul\u0000", "bell\u0007", "line\nbreak", "del\u007f", "c1\u0085"}) {
            assertEquals("The name parameter contains a control character",
                    assertThrows(BadRequestException.class, () -> IdsParams.text("name", bad)).getMessage());
        }
    }

    @Test
    void putTimesStayWithinFourDigitYears() throws Exception {
        assertEquals(1700000000000L, IdsParams.optionalTime("datafileCreateTime", "1700000000000"));
        assertEquals(null, IdsParams.optionalTime("datafileCreateTime", null));
        for (String bad : new String[] {Long.toString(Long.MAX_VALUE), "-99999999999999999", "253402300800000"}) {
            assertThrows(BadRequestException.class, () -> IdsParams.optionalTime("datafileModTime", bad), bad);
        }
    }

    @Test
    void theFormBoundLeavesRoomForTheMostIdsOfNineteenDigits() {
        String oneId = "9223372036854775807%2C";
        assertEquals(true, FormBodyLimit.limit(100_000) > 100_000L * oneId.length() + 1_000);
        assertEquals(true, FormBodyLimit.limit(100_000) < 4_000_000);
    }

    @Test
    void refusedValuesAreQuotedShort() {
        String longId = "x".repeat(5_000);
        String message = assertThrows(BadRequestException.class, () -> IdsParams.uuid("preparedId", longId)).getMessage();
        assertEquals(true, message.length() < 200, message);
        assertThrows(BadRequestException.class, () -> IdsParams.offset("bytes=99999999999999999999-"));
    }

    private static org.beamcat.ids.core.Download download(boolean zipped) {
        return new org.beamcat.ids.core.Download() {
            public boolean zipped() {
                return zipped;
            }

            public String fileName() {
                return "a/b.h5";
            }

            public java.util.OptionalLong contentLength() {
                return java.util.OptionalLong.empty();
            }

            public void writeTo(java.io.OutputStream out) {
            }

            public void close() {
            }
        };
    }
}
