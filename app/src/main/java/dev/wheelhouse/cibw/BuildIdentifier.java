package dev.wheelhouse.cibw;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wheel cibuildwheel can build, named {@code python_tag-platform_tag} as in its build
 * identifier table (https://cibuildwheel.pypa.io/en/stable/options/#build-skip):
 * {@code cp312-manylinux_x86_64}, {@code cp313t-macosx_arm64}, {@code pp311-win_amd64},
 * {@code gp312_250-manylinux_aarch64}. iOS, Android and Pyodide identifiers parse, with no
 * {@link #architecture()} for the mobile ones.
 *
 * @param pythonTag      e.g. {@code cp313t} or {@code gp312_250}
 * @param platformTag    e.g. {@code manylinux_x86_64} or {@code win_amd64}
 * @param interpreter    CPython, PyPy or GraalPy
 * @param pythonMajor    3
 * @param pythonMinor    e.g. 13
 * @param freeThreaded   whether the tag ends in {@code t} (PEP 703 builds)
 * @param platform       the cibuildwheel platform the identifier belongs to
 * @param architecture   the {@code archs} value that selects it, when there is one
 */
public record BuildIdentifier(String pythonTag, String platformTag, Interpreter interpreter,
                              int pythonMajor, int pythonMinor, boolean freeThreaded,
                              Platform platform, Optional<Architecture> architecture)
        implements Comparable<BuildIdentifier> {

    private static final Pattern PYTHON_TAG = Pattern.compile("(cp|pp|gp)(\\d)(\\d{1,2})(t?)(_\\d+)?");
    private static final Pattern LINUX_TAG = Pattern.compile("(manylinux|musllinux)_(\\w+)");
    private static final Pattern MACOS_TAG = Pattern.compile("macosx_(\\w+)");
    private static final Pattern IOS_TAG =
            Pattern.compile("ios_(arm64_iphoneos|arm64_iphonesimulator|x86_64_iphonesimulator)");
    private static final Pattern ANDROID_TAG = Pattern.compile("android_(arm64_v8a|x86_64)");

    public BuildIdentifier {
        Objects.requireNonNull(pythonTag, "pythonTag");
        Objects.requireNonNull(platformTag, "platformTag");
        Objects.requireNonNull(interpreter, "interpreter");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(architecture, "architecture");
    }

    /**
     * Parses an identifier.
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong
     */
    public static BuildIdentifier parse(String text) {
        String value = text.trim();
        int dash = value.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("'" + value + "' is not a build identifier: expected"
                    + " python_tag-platform_tag, e.g. cp312-manylinux_x86_64");
        }
        String pythonTag = value.substring(0, dash);
        String platformTag = value.substring(dash + 1);
        Matcher python = PYTHON_TAG.matcher(pythonTag);
        if (!python.matches()) {
            throw new IllegalArgumentException("'" + value + "' has an unknown Python tag '" + pythonTag
                    + "': expected cpXY, cpXYt, ppXY or gpXY_NNN");
        }
        PlatformTag parsedPlatform = parsePlatformTag(platformTag).orElseThrow(() ->
                new IllegalArgumentException("'" + value + "' has an unknown platform tag '" + platformTag
                        + "': expected e.g. manylinux_x86_64, musllinux_aarch64, macosx_arm64, win_amd64"));
        Interpreter interpreter = Interpreter.fromTagPrefix(python.group(1));
        boolean freeThreaded = !python.group(4).isEmpty();
        if (freeThreaded && interpreter != Interpreter.CPYTHON) {
            throw new IllegalArgumentException("'" + value + "': only CPython has free-threaded (t) builds");
        }
        return new BuildIdentifier(pythonTag, platformTag, interpreter, Integer.parseInt(python.group(2)),
                Integer.parseInt(python.group(3)), freeThreaded, parsedPlatform.platform,
                parsedPlatform.architecture);
    }

    /** The identifier, or empty when {@code text} is not one. */
    public static Optional<BuildIdentifier> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether this wheel targets musl libc (Alpine) rather than glibc. */
    public boolean musllinux() {
        return platformTag.startsWith("musllinux_");
    }

    /** {@code 3.12}, {@code 3.13t}: the version as a maintainer says it. */
    public String pythonVersion() {
        return pythonMajor + "." + pythonMinor + (freeThreaded ? "t" : "");
    }

    @Override
    public int compareTo(BuildIdentifier other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return pythonTag + "-" + platformTag;
    }

    private record PlatformTag(Platform platform, Optional<Architecture> architecture) {
    }

    private static Optional<PlatformTag> parsePlatformTag(String tag) {
        switch (tag) {
            case "win32":
                return Optional.of(new PlatformTag(Platform.WINDOWS, Optional.of(Architecture.X86)));
            case "win_amd64":
                return Optional.of(new PlatformTag(Platform.WINDOWS, Optional.of(Architecture.AMD64)));
            case "win_arm64":
                return Optional.of(new PlatformTag(Platform.WINDOWS, Optional.of(Architecture.WINDOWS_ARM64)));
            case "pyodide_wasm32":
                return Optional.of(new PlatformTag(Platform.PYODIDE, Optional.of(Architecture.WASM32)));
            default:
                break;
        }
        Matcher linux = LINUX_TAG.matcher(tag);
        if (linux.matches()) {
            return archOn(Platform.LINUX, linux.group(2));
        }
        Matcher macos = MACOS_TAG.matcher(tag);
        if (macos.matches()) {
            return archOn(Platform.MACOS, macos.group(1));
        }
        if (IOS_TAG.matcher(tag).matches()) {
            return Optional.of(new PlatformTag(Platform.IOS, Optional.empty()));
        }
        if (ANDROID_TAG.matcher(tag).matches()) {
            return Optional.of(new PlatformTag(Platform.ANDROID, Optional.empty()));
        }
        return Optional.empty();
    }

    private static Optional<PlatformTag> archOn(Platform platform, String archName) {
        return Architecture.fromOptionValue(archName)
                .filter(arch -> arch.buildsOn(platform))
                .map(arch -> new PlatformTag(platform, Optional.of(arch)));
    }
}
