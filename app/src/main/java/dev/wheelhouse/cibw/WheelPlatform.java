package dev.wheelhouse.cibw;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one platform tag of a wheel says: the kind of system ({@code manylinux}, {@code musllinux},
 * {@code macosx}, {@code win}, {@code linux}), the CPU architecture and the oldest system version it
 * runs on. The legacy manylinux names are aliases of PEP 600's
 * (https://peps.python.org/pep-0600/#legacy-manylinux-tags): {@code manylinux1} is glibc 2.5,
 * {@code manylinux2010} 2.12, {@code manylinux2014} 2.17; auditwheel writes both forms.
 *
 * @param family  {@code manylinux}, {@code musllinux}, {@code macosx}, {@code win}, {@code linux}, {@code any} …
 * @param arch    as the tag spells it: {@code x86_64}, {@code aarch64}, {@code arm64}, {@code amd64}, {@code universal2}
 * @param major   the glibc, musl or macOS major version (0 when the tag has none)
 * @param minor   its minor version
 */
public record WheelPlatform(String family, String arch, int major, int minor) {

    private static final Pattern PEP600 = Pattern.compile("(manylinux|musllinux)_(\\d+)_(\\d+)_(\\w+)");
    private static final Pattern LEGACY = Pattern.compile("manylinux(1|2010|2014)_(\\w+)");
    private static final Pattern MACOS = Pattern.compile("macosx_(\\d+)_(\\d+)_(\\w+)");
    private static final Map<String, int[]> LEGACY_GLIBC = Map.of("1", new int[]{2, 5}, "2010", new int[]{2, 12},
            "2014", new int[]{2, 17});

    /** Reads one platform tag; empty for a tag of no known form. */
    public static Optional<WheelPlatform> parse(String tag) {
        Matcher m = PEP600.matcher(tag);
        if (m.matches()) {
            return Optional.of(new WheelPlatform(m.group(1), m.group(4), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        }
        m = LEGACY.matcher(tag);
        if (m.matches()) {
            int[] glibc = LEGACY_GLIBC.get(m.group(1));
            return Optional.of(new WheelPlatform("manylinux", m.group(2), glibc[0], glibc[1]));
        }
        m = MACOS.matcher(tag);
        if (m.matches()) {
            return Optional.of(new WheelPlatform("macosx", m.group(3), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2))));
        }
        switch (tag) {
            case "win32":
                return Optional.of(new WheelPlatform("win", "x86", 0, 0));
            case "win_amd64":
                return Optional.of(new WheelPlatform("win", "amd64", 0, 0));
            case "win_arm64":
                return Optional.of(new WheelPlatform("win", "arm64", 0, 0));
            case "any":
                return Optional.of(new WheelPlatform("any", "any", 0, 0));
            default:
                break;
        }
        if (tag.startsWith("linux_")) {
            return Optional.of(new WheelPlatform("linux", tag.substring("linux_".length()), 0, 0));
        }
        return Optional.empty();
    }

    /** The platform a cibuildwheel identifier's platform part names ({@code manylinux_x86_64}, {@code macosx_arm64}). */
    public static Optional<WheelPlatform> ofIdentifier(BuildIdentifier identifier) {
        String tag = identifier.platformTag();
        int underscore = tag.indexOf('_');
        return switch (identifier.platform()) {
            case LINUX -> Optional.of(new WheelPlatform(tag.substring(0, underscore), tag.substring(underscore + 1), 0, 0));
            case MACOS -> Optional.of(new WheelPlatform("macosx", tag.substring(underscore + 1), 0, 0));
            case WINDOWS -> parse(tag);
            default -> Optional.empty();
        };
    }

    /** Same kind of system and architecture, whatever the versions: what a build identifier decides. */
    public boolean sameKind(WheelPlatform other) {
        return family.equals(other.family) && arch.equals(other.arch);
    }

    /** {@code glibc 2.17}, {@code macOS 11.0}, {@code musl 1.2}: the oldest system, for messages. */
    public String oldestSystem() {
        return switch (family) {
            case "manylinux" -> "glibc " + major + "." + minor;
            case "musllinux" -> "musl " + major + "." + minor;
            case "macosx" -> "macOS " + major + "." + minor;
            default -> "";
        };
    }

    /** The PEP 600 or macOS spelling, e.g. {@code manylinux_2_17_x86_64}, {@code macosx_11_0_arm64}. */
    public String tag() {
        return switch (family) {
            case "manylinux", "musllinux", "macosx" -> family + "_" + major + "_" + minor + "_" + arch;
            case "win" -> arch.equals("x86") ? "win32" : "win_" + arch;
            case "linux" -> "linux_" + arch;
            default -> family;
        };
    }
}
