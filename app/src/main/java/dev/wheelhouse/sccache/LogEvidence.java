package dev.wheelhouse.sccache;

/**
 * What the log itself says about how the job was meant to use sccache, for diagnoses that need
 * intent: GitHub prints a step's {@code env:} in its {@code ##[group]Run} header, so
 * {@code SCCACHE_GHA_ENABLED: true} there means the GitHub Actions cache was wanted; cibuildwheel
 * announces {@code Starting container image …} and maturin-action takes {@code manylinux: …}.
 *
 * @param ghaCacheRequested {@code SCCACHE_GHA_ENABLED} set to a true value somewhere in the log
 * @param containerBuild    the job compiled inside a (manylinux/musllinux) container
 * @param cibwPassLinux     the last {@code CIBW_ENVIRONMENT_PASS_LINUX} value seen, null if none
 */
public record LogEvidence(boolean ghaCacheRequested, boolean containerBuild, String cibwPassLinux) {

    public static final LogEvidence NONE = new LogEvidence(false, false, null);
}
