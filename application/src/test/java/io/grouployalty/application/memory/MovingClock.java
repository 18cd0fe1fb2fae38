package io.grouployalty.application.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, by hand or by a step on every read. */
public final class MovingClock extends Clock {

    private final Duration stepPerRead;
    private Instant now;

    private MovingClock(Instant start, Duration stepPerRead) {
        this.now = start;
        this.stepPerRead = stepPerRead;
    }

    public static MovingClock at(Instant start) {
        return new MovingClock(start, Duration.ZERO);
    }

    /** Each read answers a time {@code step} later than the read before. */
    public static MovingClock steppingOnEveryRead(Instant start, Duration step) {
        return new MovingClock(start, step);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        now = now.plus(stepPerRead);
        return read;
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
