/**
 * A completed job's sccache figures. {@link dev.wheelhouse.runs.stats.JobStatsCollector} reads a
 * job's check-run annotations first (sccache-action's notice) and its log only when they give
 * none or only "nothing compiled"; logs are kept in the size-capped
 * {@link dev.wheelhouse.runs.stats.LogCache}, so a job's log is downloaded once.
 * {@link dev.wheelhouse.runs.stats.JobContexts} tells the scanner what the workflow meant (which
 * cache backend, a container build) for its diagnoses.
 */
package dev.wheelhouse.runs.stats;
