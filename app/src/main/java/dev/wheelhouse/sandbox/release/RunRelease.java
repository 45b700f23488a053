package dev.wheelhouse.sandbox.release;

import java.util.Map;

/**
 * The release side of one dispatched run: what each job writes and uploads, and the project it builds.
 *
 * @param projectFiles the files an sdist carries (the project's own, at the run's commit)
 */
public record RunRelease(long runId, Map<String, JobOutputs> jobs, String projectName, String version,
                         Map<String, byte[]> projectFiles) {

    public RunRelease {
        jobs = Map.copyOf(jobs);
        projectFiles = Map.copyOf(projectFiles);
    }
}
