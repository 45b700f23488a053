package dev.wheelhouse.release;

import dev.wheelhouse.github.model.WorkflowRun;

import java.util.Objects;
import java.util.Optional;

/**
 * The run being checked, as far as the check needs it.
 *
 * @param tag    the tag the run is for, when its {@code head_branch} names a tag of the repository
 * @param status {@code completed}, {@code in_progress}, {@code waiting}, …
 */
public record ReleaseRun(long id, String workflowPath, String headSha, String headBranch, String event, String status,
                         Optional<String> conclusion, Optional<String> tag, String htmlUrl) {

    public ReleaseRun {
        Objects.requireNonNull(headSha);
        Objects.requireNonNull(conclusion);
        Objects.requireNonNull(tag);
    }

    static ReleaseRun of(WorkflowRun run, Optional<String> tag) {
        return new ReleaseRun(run.id(), run.path(), run.headSha(), run.headBranch() == null ? "" : run.headBranch(),
                run.event() == null ? "" : run.event(), run.status() == null ? "" : run.status(),
                Optional.ofNullable(run.conclusion()), tag, run.htmlUrl() == null ? "" : run.htmlUrl());
    }

    /** The ref as {@code github.ref} gives it: {@code refs/tags/v0.9.0} or {@code refs/heads/main}. */
    public String ref() {
        return tag.map(t -> "refs/tags/" + t).orElse("refs/heads/" + headBranch);
    }
}
