package dev.wheelhouse.release;

import java.util.Locale;

/** What a finding is about; {@link #code()} is the stable spelling the JSON output uses. */
public enum FindingKind {
    /** A wheel the job's plan builds is in none of its artifacts. */
    MISSING_WHEEL(true),
    /** The job's upload step made no artifact (it found no files), so everything it built is missing. */
    ARTIFACT_MISSING(true),
    /** A wheel nobody planned: another project, an extra platform or interpreter. */
    UNEXPECTED_WHEEL(true),
    /** The platform is right, the interpreter (or ABI) is not: a cp313 wheel in the cp314 job. */
    WRONG_INTERPRETER(true),
    /** The interpreter is right, the platform or architecture is not. */
    WRONG_PLATFORM(true),
    /** Two artifacts hold a file of the same name with different bytes: merged, one would be lost. */
    DUPLICATE_FILE(true),
    /** Distributions carry another version than the tag names. */
    VERSION_MISMATCH(true),
    /** The workflow builds an sdist and no artifact holds one. */
    SDIST_MISSING(true),
    /** Artifacts hold two different sdists. */
    SDIST_TWICE(true),
    /** A wheel's METADATA, WHEEL or RECORD disagrees with its file name. */
    METADATA_MISMATCH(true),
    /** An artifact has expired: its files are gone and the publish job's download would fail. */
    ARTIFACT_EXPIRED(true),
    /** An artifact's bytes could not be read or did not match its digest. */
    ARTIFACT_UNREADABLE(true),
    /** The job has not finished: what it builds is not in yet. */
    JOB_UNFINISHED(true),
    /** The publish job would find no distributions where it looks. */
    PUBLISH_LAYOUT(true),
    /** An artifact expires within a day: publish before then. */
    ARTIFACT_EXPIRING(false),
    /** A wheel much smaller than its siblings: a build that left something out? */
    SMALL_WHEEL(false),
    /** The job's wheels cannot be predicted (maturin, an unknown runner), so they are not checked. */
    PLAN_UNKNOWN(false);

    private final boolean error;

    FindingKind(boolean error) {
        this.error = error;
    }

    /** Whether the release is wrong (exit 1) rather than worth a look. */
    public boolean error() {
        return error;
    }

    /** {@code missing-wheel}, {@code wrong-interpreter}, …: stable, for scripts. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
