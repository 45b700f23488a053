package dev.wheelhouse.sandbox.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's answer to a waiting deployment: approved or rejected, when, by whom, and why.
 *
 * @param environmentId the environment reviewed
 */
public record GateDecision(long environmentId, boolean approved, Instant at, String login, long userId, String comment) {

    public GateDecision {
        Objects.requireNonNull(at);
        Objects.requireNonNull(login);
        comment = comment == null ? "" : comment;
    }
}
