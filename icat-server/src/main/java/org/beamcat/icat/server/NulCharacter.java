package org.beamcat.icat.server;

import org.beamcat.icat.client.IcatErrorType;

/**
 * Text with the NUL character (U+0000) in it cannot be stored or compared by PostgreSQL ("invalid byte sequence
 * for encoding UTF8: 0x00"), and no catalogue value needs one: every place a client's text enters the catalogue
 * refuses it as BAD_PARAMETER before the database sees it.
 */
public final class NulCharacter {

    private NulCharacter() {
    }

    /** @param what names the input in the message, e.g. {@code "query"} or {@code "Dataset.name"} */
    public static void refuseIn(String value, String what) throws IcatServerException {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    what + " contains the NUL character (U+0000), which is not allowed");
        }
    }
}
