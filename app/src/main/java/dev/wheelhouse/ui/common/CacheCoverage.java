package dev.wheelhouse.ui.common;

import dev.wheelhouse.sccache.RunCacheSummary;

/**
 * How many of a run's jobs its cache figures cover, in the same words on the run tab and the Cache
 * screen: both count the jobs that ran ({@link dev.wheelhouse.sccache.CountedJobs}).
 */
public final class CacheCoverage {

    private CacheCoverage() {
    }

    /** {@code 19 of 20 jobs that ran have sccache figures}. */
    public static String jobs(RunCacheSummary summary) {
        int ran = summary.jobs().size();
        return summary.jobsWithStats() + " of " + ran + (ran == 1 ? " job that ran has" : " jobs that ran have")
                + " sccache figures";
    }

    /**
     * Over which jobs the per-language bars are: only a job log splits figures by language, so
     * they may cover fewer jobs than the run's totals beside them.
     */
    public static String languages(RunCacheSummary summary) {
        int ran = summary.jobs().size();
        int split = summary.jobsWithLanguages();
        if (split == 0) {
            return "Per language";
        }
        if (split == ran) {
            return "Per language, over all " + ran + (ran == 1 ? " job" : " jobs");
        }
        return "Per language, over " + split + " of " + ran + (ran == 1 ? " job" : " jobs")
                + " (only a job's log splits its figures by language)";
    }
}
