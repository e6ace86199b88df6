package org.beamcat.landing.doi.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Kernel4DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2028", "2025-09", "2025-09-05", "2025-09-05T06:00Z", "2025-09-05T06:00:10Z",
        "2025-09-05T06:00:10.5+02:00", "2024-02-29", "2025-09-05/2025-09-07", "2025-09-05/2025-09", "2004/",
        "/2012-03", "2025-09-05T06:00:00Z/2025-09-06T18:00:00Z"})
    void acceptsW3cdtfDatesAndRanges(String date) {
        assertTrue(Kernel4Dates.problem(date).isEmpty(), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/09/2025", "2025-9-5", "2025-13", "2025-02-30", "2023-02-29", "2025-09-05T06:00",
        "2025-09-05 06:00:00Z", "2025-09-05T25:00Z", "28", "/", "2025/2026/2027", "2025-09-07/2025-09-05",
        "2026/2025", "2025-09-05/next week", ""})
    void rejectsOtherForms(String date) {
        assertTrue(Kernel4Dates.problem(date).isPresent(), date);
    }
}
