package dev.wheelhouse.failures;

import dev.wheelhouse.logs.StepSpan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the API knows about a job beside its log: its check run's annotations and its steps.
 */
public record JobHints(List<Annotation> annotations, List<StepSpan> steps) {

    /** A log file alone. */
    public static final JobHints NONE = new JobHints(List.of(), List.of());

    public JobHints {
        annotations = List.copyOf(annotations);
        steps = List.copyOf(steps);
    }

    /** The first step the API marks failed, else the first cancelled (a job past its time limit), or null. */
    public String failedStep() {
        return steps.stream().filter(StepSpan::failed).map(StepSpan::name).findFirst()
                .or(() -> steps.stream().filter(s -> "cancelled".equals(s.conclusion())).map(StepSpan::name).findFirst())
                .orElse(null);
    }

    /**
     * The step a line stamped {@code at} belongs to. The API gives whole seconds, so a line at a
     * step boundary may fit two: the failed one is taken then, else the later.
     */
    String stepAt(Instant at) {
        if (at == null) {
            return null;
        }
        StepSpan found = null;
        for (StepSpan s : steps) {
            if (s.startedAt() == null) {
                continue;
            }
            Instant from = s.startedAt().truncatedTo(ChronoUnit.SECONDS);
            Instant to = s.completedAt() == null ? Instant.MAX
                    : s.completedAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            if (!at.isBefore(from) && at.isBefore(to) && (found == null || !found.failed())) {
                found = s;
            }
        }
        return found == null ? null : found.name();
    }
}
