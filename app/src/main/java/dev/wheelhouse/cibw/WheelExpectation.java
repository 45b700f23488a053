package dev.wheelhouse.cibw;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a wheel built for one cibuildwheel identifier is tagged with, as far as the identifier decides it:
 * the interpreter tag, the ABI tag and the kind of platform ({@code cp312-manylinux_x86_64} gives
 * {@code cp312}, {@code cp312} and any {@code manylinux_*_x86_64}). The glibc or macOS version is left open:
 * it depends on the image, the deployment target and what the extension links, not on the identifier.
 * A stable-ABI wheel ({@code cp310-abi3}) satisfies every CPython identifier from its version on, as pip
 * installs it there; free-threaded builds have their own ABI ({@code cp313t}) and take no abi3 wheel.
 *
 * @param identifier the cibuildwheel build identifier
 * @param python     the interpreter tag, e.g. {@code cp312}, {@code pp310}, {@code graalpy311}
 * @param abi        the ABI tag, e.g. {@code cp312}, {@code cp313t}, {@code cp37m}, {@code pypy310_pp73}
 * @param platform   the kind of platform (versions 0)
 */
public record WheelExpectation(BuildIdentifier identifier, String python, String abi, WheelPlatform platform) {

    private static final Pattern CPYTHON = Pattern.compile("cp(\\d)(\\d+)");
    private static final Pattern GRAALPY = Pattern.compile("gp(\\d)(\\d+)_(\\d+)");

    public WheelExpectation {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(abi, "abi");
        Objects.requireNonNull(platform, "platform");
    }

    /** The expectation for an identifier of a modelled platform (Linux, macOS, Windows); empty for the others. */
    public static Optional<WheelExpectation> of(BuildIdentifier identifier) {
        return WheelPlatform.ofIdentifier(identifier).map(platform -> {
            int major = identifier.pythonMajor();
            int minor = identifier.pythonMinor();
            return switch (identifier.interpreter()) {
                case CPYTHON -> new WheelExpectation(identifier, "cp" + major + minor,
                        "cp" + major + minor + (identifier.freeThreaded() ? "t" : minor < 8 ? "m" : ""), platform);
                case PYPY -> new WheelExpectation(identifier, "pp" + major + minor,
                        "pypy" + major + minor + "_pp73", platform);
                case GRAALPY -> {
                    Matcher m = GRAALPY.matcher(identifier.pythonTag());
                    String abiVersion = m.matches() ? m.group(3) : "";
                    yield new WheelExpectation(identifier, "graalpy" + major + minor,
                            "graalpy" + abiVersion + "_" + major + minor + "_native", platform);
                }
            };
        });
    }

    /** How a produced wheel's name compares with this expectation. */
    public enum Match {
        /** Some tag of the name is what the identifier builds (or an abi3 wheel that covers it). */
        MATCHES,
        /** The platform is right, the interpreter or ABI is not. */
        WRONG_INTERPRETER,
        /** The interpreter and ABI are right, the platform is not. */
        WRONG_PLATFORM,
        /** Nothing in common. */
        UNRELATED
    }

    public Match compare(WheelFileName name) {
        boolean platformSeen = false;
        boolean interpreterSeen = false;
        for (WheelFileName.Tag tag : name.tags()) {
            boolean platform = WheelPlatform.parse(tag.platform()).map(this.platform::sameKind).orElse(false);
            boolean interpreter = interpreterCovers(tag);
            if (platform && interpreter) {
                return Match.MATCHES;
            }
            platformSeen |= platform;
            interpreterSeen |= interpreter;
        }
        if (platformSeen) {
            return Match.WRONG_INTERPRETER;
        }
        return interpreterSeen ? Match.WRONG_PLATFORM : Match.UNRELATED;
    }

    private boolean interpreterCovers(WheelFileName.Tag tag) {
        if (tag.python().equals(python) && tag.abi().equals(abi)) {
            return true;
        }
        if (!tag.abi().equals("abi3") || identifier.interpreter() != Interpreter.CPYTHON || identifier.freeThreaded()) {
            return false;
        }
        Matcher m = CPYTHON.matcher(tag.python());
        return m.matches() && Integer.parseInt(m.group(1)) == identifier.pythonMajor()
                && Integer.parseInt(m.group(2)) <= identifier.pythonMinor();
    }

    /** {@code cp312-cp312-manylinux_*_x86_64}: the pattern a maintainer reads. */
    public String describe() {
        String plat = switch (platform.family()) {
            case "manylinux", "musllinux", "macosx" -> platform.family() + "_*_" + platform.arch();
            default -> platform.tag();
        };
        return python + "-" + abi + "-" + plat;
    }
}
