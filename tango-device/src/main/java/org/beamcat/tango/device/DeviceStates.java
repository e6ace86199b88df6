package org.beamcat.tango.device;

import org.beamcat.tango.usecase.SessionState;
import org.tango.DeviceState;

/** The use cases' states as Tango states (same names, same meaning). */
final class DeviceStates {

    private DeviceStates() {
    }

    static DeviceState of(SessionState state) {
        return switch (state) {
            case OFF -> DeviceState.OFF;
            case STANDBY -> DeviceState.STANDBY;
            case ON -> DeviceState.ON;
            case RUNNING -> DeviceState.RUNNING;
            case FAULT -> DeviceState.FAULT;
        };
    }
}
