package dev.wheelhouse.sccache;

/**
 * What is known about a job from outside its log (the workflow file, the matrix cell), for
 * diagnoses that depend on intent. The log's own hints ({@link LogEvidence}) are added to it.
 *
 * @param ghaCacheIntended the job meant sccache to use the GitHub Actions cache
 *                         ({@code SCCACHE_GHA_ENABLED} in the workflow)
 * @param containerBuild   the job compiles inside a container (cibuildwheel or maturin on Linux)
 */
public record JobContext(boolean ghaCacheIntended, boolean containerBuild) {

    /** Nothing known beyond the log. */
    public static final JobContext UNKNOWN = new JobContext(false, false);
}
