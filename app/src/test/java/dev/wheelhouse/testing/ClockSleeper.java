package dev.wheelhouse.testing;

import dev.wheelhouse.github.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that moves a {@link MutableClock} instead of waiting, and remembers every wait. */
public final class ClockSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public ClockSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
