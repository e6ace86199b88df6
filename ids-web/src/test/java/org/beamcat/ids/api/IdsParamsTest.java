package org.beamcat.ids.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.beamcat.ids.error.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsParamsTest {

    @Test
    void idListsTolerateWhitespaceAndMayBeAbsent() throws Exception {
        assertEquals(List.of(1L, 22L, 333L), IdsParams.ids("datasetIds", " 1 , 22,333 "));
        assertEquals(List.of(), IdsParams.ids("datasetIds", null));
        assertEquals(List.of(), IdsParams.ids("datasetIds", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,,2", "a", "1,", ",1", "-1", "1;2", "99999999999999999999"})
    void badIdListsAreBadRequests(String list) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> IdsParams.ids("datasetIds", list));
        assertEquals("The datasetIds parameter '" + list
                + "' is not a valid string representation of a comma separated list of longs", e.getMessage());
    }

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
        assertEquals("a/b.h5", DataResource.fileName(download(false), null));
        assertEquals("out", DataResource.fileName(download(false), "out"));
        assertEquals(true, DataResource.fileName(download(true), null).matches("\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.zip"));
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
