package org.beamcat.icat.server.query.ast;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A value written by the client. The translator never copies one into JPQL text: each becomes a bound parameter.
 */
public sealed interface Literal extends Scalar {

    /** A quoted string, with {@code ''} already turned into {@code '}. */
    record StringLiteral(String value) implements Literal {
    }

    record IntegerLiteral(long value) implements Literal {
    }

    record DecimalLiteral(BigDecimal value) implements Literal {
    }

    record BooleanLiteral(boolean value) implements Literal {
    }

    /** {@code {ts 2011-01-15 00:00:00}}, a local date-time interpreted in the server's time zone (contract 3.2). */
    record TimestampLiteral(LocalDateTime value) implements Literal {
    }

    /** {@code org.icatproject.ParameterValueType.NUMERIC}: the enum's simple name and the constant. */
    record EnumLiteral(String enumType, String constant) implements Literal {
    }

    /** {@code :user}, the session's user name (the only parameter ICAT defines). */
    record CurrentUser() implements Literal {
    }
}
