package dev.wheelhouse.failures;

import java.util.List;
import java.util.Objects;

/**
 * One reason shared by failed jobs of a run: "compile-error in 5 cells: src/orbit.rs:41
 * `mismatched types`".
 *
 * @param reason   where and what, as the first job's key line says it
 * @param jobNames the jobs that failed for it, in the order given
 */
public record FailureGroup(FailureClass failureClass, String reason, List<String> jobNames) {

    public FailureGroup {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(reason, "reason");
        jobNames = List.copyOf(jobNames);
    }

    /** {@code compile-error in 5 cells: src/orbit.rs:41 `mismatched types`}. */
    public String describe() {
        int n = jobNames.size();
        return failureClass.code() + " in " + n + (n == 1 ? " cell" : " cells") + (reason.isEmpty() ? "" : ": " + reason);
    }
}
