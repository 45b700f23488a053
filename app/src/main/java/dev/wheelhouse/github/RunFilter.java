package dev.wheelhouse.github;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters of {@code GET …/actions/runs}
 * (https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository).
 *
 * @param createdSince runs created at or after this instant ({@code created=>=…})
 */
public record RunFilter(Optional<String> event, Optional<String> branch, Optional<String> actor,
                        Optional<Instant> createdSince, int perPage) {

    public static RunFilter any() {
        return new RunFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 30);
    }

    public RunFilter event(String e) {
        return new RunFilter(Optional.of(e), branch, actor, createdSince, perPage);
    }

    public RunFilter branch(String b) {
        return new RunFilter(event, Optional.of(b), actor, createdSince, perPage);
    }

    public RunFilter actor(String a) {
        return new RunFilter(event, branch, Optional.of(a), createdSince, perPage);
    }

    public RunFilter createdSince(Instant t) {
        return new RunFilter(event, branch, actor, Optional.of(t), perPage);
    }
}
