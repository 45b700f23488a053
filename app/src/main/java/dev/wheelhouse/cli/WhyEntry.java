package dev.wheelhouse.cli;

import dev.wheelhouse.failures.FailureReport;

/**
 * One log file or failed job as {@code why} prints it.
 *
 * @param name       the file's path as given, or the job's name
 * @param jobId      the job's id, 0 for a file
 * @param logProblem why a job's log could not be read, or null
 */
record WhyEntry(String name, long jobId, FailureReport report, String logProblem) {
}
