package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.sccache.Diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * The selected job, for the detail pane.
 *
 * @param runner     the runner's name and labels, or why there is none yet
 * @param cache      sccache's figures in one line, with where they came from; empty before any
 * @param cacheNote  why the figures are missing or partial
 * @param languages  per-language hit and miss bars (the job log has them; the notice does not)
 * @param diagnoses  what went wrong with the cache, each with its fix
 * @param failure    why the job failed, once read: step, key line, excerpt, annotations
 * @param hasLog     the job ran to its end on a runner, so its log can be opened
 */
public record JobDetail(long jobId, String name, StatusBadge badge, String time, String runner, String htmlUrl,
                        List<StepRow> steps, Optional<String> cache, Optional<String> cacheNote,
                        List<LanguageBar> languages, List<Diagnosis> diagnoses, Optional<JobFailures> failure,
                        boolean hasLog) {

    public JobDetail {
        steps = List.copyOf(steps);
        languages = List.copyOf(languages);
        diagnoses = List.copyOf(diagnoses);
    }

    /** One step of the job. */
    public record StepRow(int number, String name, StatusBadge badge, String time) {
    }

    /**
     * One language's cache figures.
     *
     * @param hitShare hits over hits and misses, 0 to 1; NaN when nothing was looked up
     */
    public record LanguageBar(String language, long hits, long misses, long errors, double hitShare, String text) {
    }
}
