package dev.wheelhouse.github;

import java.util.OptionalLong;

/**
 * GitHub's answer to a dispatch: the run it created when it said (200 with
 * {@code return_run_details}), nothing when it answered 204.
 */
public record DispatchAnswer(OptionalLong runId, String runHtmlUrl) {

    public static DispatchAnswer withoutDetails() {
        return new DispatchAnswer(OptionalLong.empty(), null);
    }
}
