package org.beamcat.portal.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;
import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void sizesAsPeopleWriteThem() {
        assertEquals(Optional.of(200L << 30), Sizes.parse("200GiB"));
        assertEquals(Optional.of(500_000_000_000L), Sizes.parse("500 GB"));
        assertEquals(Optional.of(1048576L), Sizes.parse("1048576"));
        assertTrue(Sizes.parse("1.5GiB").isEmpty());
        assertTrue(Sizes.parse("-1").isEmpty());
        assertTrue(Sizes.parse("999999999999999 TiB").isEmpty(), "overflow");
        assertEquals("1.5 KiB", Sizes.human(1536));
        assertEquals("12 B", Sizes.human(12));
    }

    @Test
    void cartSettingsAreValidatedAtStart() {
        assertEquals(new CartLimits(100_000, 200L << 30, 500), CartSettings.read(reader(Map.of())));
        assertEquals(new CartLimits(6, 1000, 3), CartSettings.read(reader(Map.of(CartSettings.MAX_FILES, "6",
                CartSettings.MAX_BYTES, "1KB", CartSettings.MAX_ITEMS, "3"))));
        assertThrows(InvalidSettingException.class, () -> CartSettings.read(reader(Map.of(CartSettings.MAX_BYTES, "lots"))));
        assertThrows(InvalidSettingException.class, () -> CartSettings.read(reader(Map.of(CartSettings.MAX_BYTES, "0"))));
        assertThrows(InvalidSettingException.class, () -> CartSettings.read(reader(Map.of(CartSettings.MAX_FILES, "0"))));
    }

    private static SettingsReader reader(Map<String, String> values) {
        return new SettingsReader(key -> Optional.ofNullable(values.get(key)));
    }
}
