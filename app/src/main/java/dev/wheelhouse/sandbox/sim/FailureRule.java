package dev.wheelhouse.sandbox.sim;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Injects a fault into every job whose display name matches. The pattern is a glob
 * ({@code *} any text, {@code ?} one character) unless it starts with {@code regex:}.
 * Written on the command line as {@code PATTERN=KIND}, e.g.
 * {@code build wheels (windows-latest *)=build-failure}; {@code PATTERN=KIND@first} makes the
 * fault hit the first attempt only, as a flaky job that a re-run fixes.
 *
 * @param firstAttemptOnly the fault hits attempt 1 and spares every re-run
 */
public record FailureRule(Pattern jobName, CacheFault fault, boolean firstAttemptOnly) {

    private static final String FIRST_ATTEMPT = "@first";

    public FailureRule {
        Objects.requireNonNull(jobName);
        Objects.requireNonNull(fault);
    }

    public FailureRule(Pattern jobName, CacheFault fault) {
        this(jobName, fault, false);
    }

    public static FailureRule of(String pattern, CacheFault fault) {
        return new FailureRule(JobNamePattern.of(pattern), fault);
    }

    /** A fault on the first attempt only: the job fails, and re-running it succeeds. */
    public static FailureRule firstAttempt(String pattern, CacheFault fault) {
        return new FailureRule(JobNamePattern.of(pattern), fault, true);
    }

    /** Parses {@code PATTERN=KIND} or {@code PATTERN=KIND@first}; the last {@code =} separates them. */
    public static FailureRule parse(String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("expected PATTERN=KIND, e.g. 'build wheels (windows*)=build-failure', got: " + spec);
        }
        String kind = spec.substring(eq + 1);
        boolean once = kind.endsWith(FIRST_ATTEMPT);
        if (once) {
            kind = kind.substring(0, kind.length() - FIRST_ATTEMPT.length());
        }
        CacheFault fault;
        try {
            fault = CacheFault.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault '" + kind + "': use one of " + CacheFault.names()
                    + " (add @first for the first attempt only)", e);
        }
        return new FailureRule(JobNamePattern.of(spec.substring(0, eq)), fault, once);
    }

    public boolean matches(String name) {
        return jobName.matcher(name).matches();
    }

    /** The fault hits this job in this attempt. */
    public boolean hits(String name, int attempt) {
        return matches(name) && (!firstAttemptOnly || attempt == 1);
    }
}
