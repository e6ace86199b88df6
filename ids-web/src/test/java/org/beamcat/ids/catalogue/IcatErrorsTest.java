package org.beamcat.ids.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcatErrorsTest {

    @ParameterizedTest
    @CsvSource({
        "INSUFFICIENT_PRIVILEGES, InsufficientPrivilegesException, 403",
        "SESSION, InsufficientPrivilegesException, 403",
        "NO_SUCH_OBJECT_FOUND, NotFoundException, 404",
        "BAD_PARAMETER, BadRequestException, 400",
        "VALIDATION, BadRequestException, 400",
        "INTERNAL, InternalException, 500",
        "NOT_IMPLEMENTED, InternalException, 500"})
    void catalogueErrorsBecomeTheContractsIdsErrors(IcatErrorType type, String code, int status) {
        var ids = IcatErrors.translate(new IcatException(type, "why", -1));
        assertEquals(code, ids.code());
        assertEquals(status, ids.httpStatus());
    }
}
