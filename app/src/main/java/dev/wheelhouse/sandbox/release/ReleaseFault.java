package dev.wheelhouse.sandbox.release;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Faults in what a release run produces, for a release check to find. */
public enum ReleaseFault {
    /** The job's upload finds no files (the build wrote elsewhere): no artifact, a warning annotation. */
    NO_FILES,
    /** The job builds the previous interpreter: a cp313 wheel in the cp314 job. */
    WRONG_INTERPRETER,
    /** The job also packs the run's sdist, so two artifacts hold the same file name. */
    DUPLICATE_FILE,
    /** The job's artifact has expired: listed with {@code expired: true}, its download answers 410. */
    EXPIRED,
    /** The project files at the tag carry another version than the tag names (no job pattern). */
    VERSION_MISMATCH;

    /** {@code no-files}, {@code wrong-interpreter}, {@code duplicate-file}, {@code expired}, {@code version-mismatch}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReleaseFault parse(String text) {
        String wanted = text.trim();
        return Arrays.stream(values()).filter(f -> f.spelling().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown release fault '" + wanted + "': use "
                        + Arrays.stream(values()).map(ReleaseFault::spelling).collect(Collectors.joining(", "))));
    }
}
