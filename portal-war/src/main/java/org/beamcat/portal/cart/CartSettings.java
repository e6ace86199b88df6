package org.beamcat.portal.cart;

import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * The cart's limits, read and validated when the portal starts:
 * {@code beamcat.portal.cart.max-files} (1 to 100,000,000; default 100,000),
 * {@code beamcat.portal.cart.max-bytes} (a size such as {@code 200GiB} or {@code 500 GB}, 1 B to 1 PiB; default 200GiB),
 * {@code beamcat.portal.cart.max-items} (entries, 1 to 1,000; default 500).
 */
public final class CartSettings {

    public static final String MAX_FILES = "beamcat.portal.cart.max-files";
    public static final String MAX_BYTES = "beamcat.portal.cart.max-bytes";
    public static final String MAX_ITEMS = "beamcat.portal.cart.max-items";
    private static final long MOST_BYTES = 1L << 50;

    private CartSettings() {
    }

    public static CartLimits read(SettingsReader reader) {
        int files = reader.intInRange(MAX_FILES, 100_000, 1, 100_000_000);
        String rawBytes = reader.optionalString(MAX_BYTES).orElse("200GiB");
        long bytes = Sizes.parse(rawBytes).orElseThrow(() -> new InvalidSettingException(MAX_BYTES,
                "'" + rawBytes + "' is not a size such as 200GiB, 500 GB or 1048576"));
        if (bytes < 1 || bytes > MOST_BYTES) {
            throw new InvalidSettingException(MAX_BYTES, rawBytes + " is outside the allowed range 1 B..1 PiB");
        }
        int items = reader.intInRange(MAX_ITEMS, 500, 1, 1000);
        return new CartLimits(files, bytes, items);
    }
}
