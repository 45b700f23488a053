package dev.wheelhouse.cibw;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cibuildwheel release a step runs, as far as the workflow pins it, with what a maintainer should
 * know about the pin.
 *
 * @param release the release, when the workflow pins one
 * @param note    how the release was worked out when the pin does not name it outright
 */
public record ReleasePin(Optional<CibuildwheelRelease> release, Optional<String> note) {

    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,40}");
    private static final Pattern FLOATING = Pattern.compile("v?\\d+(?:\\.\\d+)?");

    public ReleasePin {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(note, "note");
    }

    public static ReleasePin none() {
        return new ReleasePin(Optional.empty(), Optional.empty());
    }

    public static ReleasePin of(Optional<CibuildwheelRelease> release) {
        return new ReleasePin(release, Optional.empty());
    }

    /**
     * The release a {@code uses: pypa/cibuildwheel@REF} runs: a version tag; a commit Wheelhouse knows
     * as a release; a floating tag ({@code v3.1}) at the release it pointed to when the models were
     * generated; or the version in the comment pinning tools write after a SHA ({@code # v4.2.0}).
     */
    public static ReleasePin ofActionRef(String ref, String lineComment) {
        String trimmed = ref.trim();
        ReleaseModels models = ReleaseModels.bundled();
        if (SHA.matcher(trimmed).matches()) {
            if (trimmed.length() == 40) {
                Optional<CibuildwheelRelease> tagged = models.byCommit(trimmed);
                if (tagged.isPresent()) {
                    return of(tagged);
                }
            }
            return of(CibuildwheelRelease.fromActionRef(trimmed, lineComment));
        }
        if (FLOATING.matcher(trimmed).matches()) {
            Optional<CibuildwheelRelease> newest = models.byFloatingTag(trimmed);
            if (newest.isPresent()) {
                return new ReleasePin(newest, Optional.of("pypa/cibuildwheel@" + trimmed + " follows its newest"
                        + " release; it pointed at " + newest.get() + " when Wheelhouse's release models were made"));
            }
        }
        return of(CibuildwheelRelease.fromActionRef(trimmed, lineComment));
    }
}
