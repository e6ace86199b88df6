package org.beamcat.tango.device;

import fr.esrf.Tango.DevError;
import fr.esrf.Tango.DevFailed;
import fr.esrf.Tango.ErrSeverity;
import org.beamcat.tango.usecase.Refusal;
import org.beamcat.tango.usecase.RefusedException;

/**
 * Runs a use case for a Tango call and turns a refusal into a DevFailed: one DevError per detail, the
 * reason being the refusal's code (e.g. {@code BeamCat_MissingField}) and the description the sentence
 * that names the field and the fix.
 */
final class TangoErrors {

    private static final System.Logger LOG = System.getLogger(TangoErrors.class.getName());

    @FunctionalInterface
    interface Call<T> {
        T run();
    }

    private TangoErrors() {
    }

    static <T> T call(String origin, Call<T> call) throws DevFailed {
        try {
            return call.run();
        } catch (RefusedException e) {
            LOG.log(System.Logger.Level.INFO, "{0} refused: {1}", origin, e.getMessage());
            throw devFailed(origin, e.refusal(), e.details().toArray(String[]::new));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, origin + " failed", e);
            throw devFailed(origin, null, "internal error: " + e);
        }
    }

    static void run(String origin, Runnable call) throws DevFailed {
        call(origin, () -> {
            call.run();
            return null;
        });
    }

    static DevFailed devFailed(String origin, Refusal refusal, String... details) {
        String reason = refusal == null ? "BeamCat_InternalError" : refusal.code();
        DevError[] errors = new DevError[details.length];
        for (int i = 0; i < details.length; i++) {
            errors[i] = new DevError(reason, ErrSeverity.ERR, details[i], origin);
        }
        return new DevFailed(errors);
    }
}
