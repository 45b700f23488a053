package dev.wheelhouse.cibw;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cibuildwheel version, as a workflow pins it: {@code pypa/cibuildwheel@v3.2.0},
 * {@code pypa/cibuildwheel@<sha> # v4.2.0}, {@code pipx run cibuildwheel==4.2.0}.
 * A missing minor or patch counts as 0 ({@code @v3} is read as 3.0.0; the action's floating
 * major tags are not published, https://github.com/pypa/cibuildwheel/issues/1383).
 */
public record CibuildwheelRelease(int major, int minor, int patch) implements Comparable<CibuildwheelRelease> {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.\\-+]?\\w*)?");
    private static final Pattern COMMENT_VERSION = Pattern.compile("v?(\\d+\\.\\d+(?:\\.\\d+)?)");

    /** A version such as {@code v3.2.0}, {@code 4.2}, {@code 3.0.0b4}; empty for a SHA or a branch. */
    public static Optional<CibuildwheelRelease> parse(String text) {
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CibuildwheelRelease(Integer.parseInt(m.group(1)), number(m.group(2)),
                number(m.group(3))));
    }

    /**
     * The version a {@code uses:} reference pins: the ref itself when it is a version tag, otherwise
     * the version in the comment Dependabot and pinning tools write after a SHA ({@code # v4.2.0}).
     */
    public static Optional<CibuildwheelRelease> fromActionRef(String ref, String lineComment) {
        Optional<CibuildwheelRelease> fromRef = parse(ref);
        if (fromRef.isPresent() && !looksLikeSha(ref)) {
            return fromRef;
        }
        if (lineComment == null) {
            return Optional.empty();
        }
        Matcher m = COMMENT_VERSION.matcher(lineComment);
        return m.find() ? parse(m.group(1)) : Optional.empty();
    }

    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }

    @Override
    public int compareTo(CibuildwheelRelease other) {
        if (major != other.major) {
            return Integer.compare(major, other.major);
        }
        if (minor != other.minor) {
            return Integer.compare(minor, other.minor);
        }
        return Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }

    private static boolean looksLikeSha(String ref) {
        return ref.length() >= 7 && ref.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }
}
