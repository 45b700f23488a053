package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.poll.PauseReason;
import dev.wheelhouse.runs.poll.PollStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PollStatusTextTest {

    @Test
    void pausedWinsOverHeldWhichWinsOverOfflineAndEachSaysHowManyRunsAreWatched() {
        Instant reset = Instant.parse("2026-06-02T14:05:30Z");
        assertEquals("Polling paused (window minimized) · 2 runs watched", PollStatusText.of(new PollStatus(
                Set.of(PauseReason.MINIMIZED), Optional.of(reset), true, 2, Optional.empty()), ZoneOffset.UTC));
        assertEquals("Held by the rate limit until 14:05:30 · 1 run watched", PollStatusText.of(new PollStatus(
                Set.of(), Optional.of(reset), true, 1, Optional.empty()), ZoneOffset.UTC));
        assertEquals("Offline: retrying · 3 runs watched", PollStatusText.of(new PollStatus(
                Set.of(), Optional.empty(), true, 3, Optional.empty()), ZoneOffset.UTC));
        assertEquals("3 runs watched", PollStatusText.of(new PollStatus(
                Set.of(), Optional.empty(), false, 3, Optional.of("x")), ZoneOffset.UTC));
        assertEquals("", PollStatusText.of(PollStatus.IDLE, ZoneOffset.UTC), "nothing polled, nothing said");
    }
}
