package dev.wheelhouse.failures;

import dev.wheelhouse.logs.LogEncoding;

import java.util.List;
import java.util.Optional;

/**
 * What one log (with its annotations) says about why its job failed.
 *
 * @param failures the reasons found, the most likely first; empty when nothing points at a failure
 * @param lines    lines read
 */
public record FailureReport(List<Failure> failures, long lines, LogEncoding encoding) {

    public FailureReport {
        failures = List.copyOf(failures);
    }

    /** The most likely reason. */
    public Optional<Failure> primary() {
        return failures.stream().findFirst();
    }

    /** The most likely class, {@link FailureClass#UNKNOWN} when none was found. */
    public FailureClass failureClass() {
        return primary().map(Failure::failureClass).orElse(FailureClass.UNKNOWN);
    }
}
