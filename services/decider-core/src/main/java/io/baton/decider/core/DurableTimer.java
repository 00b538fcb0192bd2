package io.baton.decider.core;

import io.baton.model.messaging.TimerFired;

/** A command to deliver to the decider at a given time: the decider service keeps it until then, then sends it. */
public record DurableTimer(long fireAt, TimerFired command) {
}
