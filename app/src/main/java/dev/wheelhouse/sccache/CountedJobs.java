package dev.wheelhouse.sccache;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of which jobs a run's cache figures are counted over, so the run tab and the
 * Cache screen say the same "19 of 20": the jobs that ran, i.e. completed and were not skipped. A
 * job still going has no figures yet, and a skipped one (the publish job of a branch build) never
 * will; a job that ran without figures (its log had none) counts as a job without figures.
 */
public final class CountedJobs {

    private CountedJobs() {
    }

    /**
     * Whether a job with this GitHub status and conclusion is counted. A stored job whose status
     * was not recorded belongs to a run that was archived once complete, so it ran unless skipped.
     */
    public static boolean counted(String status, String conclusion) {
        return (status == null || "completed".equals(status)) && !"skipped".equals(conclusion);
    }

    /** A counted job whose log gave no figures. */
    public static JobCacheSummary withoutFigures(String job) {
        return new JobCacheSummary(job, Optional.empty(), null, Map.of(), null, null, 0, List.of());
    }
}
