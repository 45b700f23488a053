package dev.wheelhouse.runs.poll;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The poller's state for the status bar (the rate-limit budget and retry counts come from the
 * client: {@code GitHubClient.rateLimit()} and {@code activity()}).
 *
 * @param paused      why polling is paused; empty while it runs
 * @param heldUntil   a rate limit or {@code Retry-After} holds every poll until then
 * @param unreachable the last poll found no network; polls retry at the offline interval
 * @param watched     runs being polled
 * @param lastProblem the last failure, said for the user; empty when the last poll went well
 */
public record PollStatus(Set<PauseReason> paused, Optional<Instant> heldUntil, boolean unreachable, int watched,
                         Optional<String> lastProblem) {

    public PollStatus {
        paused = Set.copyOf(paused);
    }

    public static final PollStatus IDLE = new PollStatus(Set.of(), Optional.empty(), false, 0, Optional.empty());

    public boolean polling() {
        return paused.isEmpty() && watched > 0;
    }
}
