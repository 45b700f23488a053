package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.sandbox.sim.JobNamePattern;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A release fault for the jobs whose display name matches a glob ({@code *}, {@code ?}; {@code regex:…} for a
 * regular expression), written {@code PATTERN=KIND}; {@code version-mismatch} concerns the project, not a job, and
 * is written alone.
 */
public record ReleaseFaultRule(Pattern jobName, ReleaseFault fault) {

    public ReleaseFaultRule {
        Objects.requireNonNull(jobName);
        Objects.requireNonNull(fault);
    }

    /**
     * Parses {@code PATTERN=KIND} or {@code version-mismatch}.
     *
     * @throws IllegalArgumentException with a message for the command line
     */
    public static ReleaseFaultRule parse(String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq < 0) {
            ReleaseFault fault = ReleaseFault.parse(spec);
            if (fault != ReleaseFault.VERSION_MISMATCH) {
                throw new IllegalArgumentException("release fault '" + spec + "' needs the jobs it hits: PATTERN="
                        + fault.spelling() + ", e.g. 'build wheels (ubuntu-latest cp312)=" + fault.spelling() + "'");
            }
            return new ReleaseFaultRule(Pattern.compile(".*"), fault);
        }
        if (eq == 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("expected PATTERN=KIND, e.g. 'build wheels (windows*)=no-files', got: " + spec);
        }
        return new ReleaseFaultRule(JobNamePattern.of(spec.substring(0, eq)), ReleaseFault.parse(spec.substring(eq + 1)));
    }

    public boolean hits(String jobName) {
        return this.jobName.matcher(jobName).matches();
    }
}
