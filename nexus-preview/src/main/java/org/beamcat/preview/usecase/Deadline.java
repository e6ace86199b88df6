package org.beamcat.preview.usecase;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;

/**
 * The moment a preview must stop. The use cases check it between reads, so a slow file ends the work
 * cooperatively; the facade's timed wait ends the caller's wait in any case.
 */
public final class Deadline {

    private final LongSupplier nanoTime;
    private final long end;

    public Deadline(Duration limit, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.end = nanoTime.getAsLong() + limit.toNanos();
    }

    public static Deadline after(Duration limit) {
        return new Deadline(limit, System::nanoTime);
    }

    public void check() {
        if (nanoTime.getAsLong() - end > 0 || Thread.currentThread().isInterrupted()) {
            throw new PreviewRefusedException(RefusalReason.TIMED_OUT, "the preview took too long");
        }
    }
}
