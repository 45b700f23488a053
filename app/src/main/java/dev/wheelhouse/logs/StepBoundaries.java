package dev.wheelhouse.logs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Names the API step each line of a job log belongs to, as {@code gh run view --log} prints it.
 * The log has no step names, only a header where most steps begin ({@code ##[group]Run …},
 * {@code Post job cleanup.}, {@code Cleaning up orphan processes}); the API has the steps that ran,
 * in order, with their start and end to the second. A header moves to the next step once the
 * line's time has reached that step's start (a composite action's own {@code ##[group]Run} lines
 * come earlier); a line stamped after the current step's end moves on too. Lines are offered in
 * order; a line without a stamp stays in the current step.
 */
public final class StepBoundaries {

    private final List<StepSpan> steps;
    private int current;

    /** @param steps the job's steps as the API lists them (skipped ones are passed over) */
    public StepBoundaries(List<StepSpan> steps) {
        this.steps = steps.stream().filter(StepSpan::ran).toList();
    }

    /** The step of the next line, given as it stands in the log; null when the API lists no step that ran. */
    public StepSpan stepOf(String raw) {
        if (steps.isEmpty()) {
            return null;
        }
        Instant at = LogStamps.parse(raw);
        if (at != null) {
            boolean header = isHeader(raw);
            while (current + 1 < steps.size()) {
                StepSpan here = steps.get(current);
                StepSpan next = steps.get(current + 1);
                boolean nextStarted = !at.isBefore(next.startedAt().truncatedTo(ChronoUnit.SECONDS));
                boolean pastEnd = here.completedAt() != null
                        && !at.isBefore(here.completedAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
                if (nextStarted && (header || pastEnd)) {
                    current++;
                    header = false;   // one header opens one step
                } else {
                    break;
                }
            }
        }
        return steps.get(current);
    }

    private static boolean isHeader(String raw) {
        int text = raw.indexOf("Z ");
        String body = text > 0 && text < 40 ? raw.substring(text + 2) : raw;
        return body.startsWith("##[group]Run ") || body.startsWith("Post job cleanup.")
                || body.startsWith("Cleaning up orphan processes");
    }
}
