package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.RunProgress;

import java.time.Duration;
import java.util.Optional;

/** Durations as the run view prints them: {@code 3:07}, {@code 1:02:03}, or a dash when unknown. */
final class Durations {

    private Durations() {
    }

    static String of(Optional<Duration> duration) {
        return duration.map(RunProgress::clock).orElse("—");
    }

    static String of(Duration duration) {
        return RunProgress.clock(duration);
    }
}
