package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The build identifiers a cibuildwheel release knows (its {@code build-platforms.toml}) and the
 * {@code enable} group that gates each, as its {@code BuildSelector} does
 * (https://github.com/pypa/cibuildwheel/blob/main/cibuildwheel/selector.py).
 *
 * <p>What each release line builds, from cibuildwheel's changelog and docs:
 * <ul>
 *   <li>3.0: CPython 3.8–3.14, 3.14 behind {@code cpython-prerelease}; free-threaded 3.13t/3.14t
 *       behind {@code cpython-freethreading}; PyPy only with {@code pypy} (3.10, 3.11) or
 *       {@code pypy-eol} (3.8, 3.9); GraalPy 3.11 with {@code graalpy}; riscv64 with
 *       {@code cpython-experimental-riscv64}.</li>
 *   <li>3.1: CPython 3.14 and 3.14t built by default ("free-threading is no longer experimental in
 *       3.14"); only 3.13t still needs {@code cpython-freethreading}.</li>
 *   <li>3.2–3.4: adds GraalPy 3.12 ({@code gp312_250}); riscv64 built by default now that PyPI
 *       accepts it (https://github.com/pypa/cibuildwheel/pull/2509; the group is still accepted).</li>
 *   <li>4.0–4.1: drops 3.13t (and the {@code cpython-freethreading} group), CPython 3.8, PyPy 3.8 and
 *       GraalPy 3.11; adds CPython 3.15/3.15t behind {@code cpython-prerelease}.</li>
 *   <li>4.2 and later: CPython 3.15 and 3.15t built by default.</li>
 * </ul>
 * Two points are inferred rather than read from a changelog line, and may need correcting: that
 * 4.0 dropped CPython 3.8 (the 4.x README starts its table at 3.9) and that PyPy 3.10 stayed in the
 * {@code pypy} group (https://github.com/pypa/cibuildwheel/issues/2518 proposes moving it to
 * {@code pypy-eol}).
 */
public final class IdentifierCatalog {

    private enum Line {
        V3_0(3, 0), V3_1(3, 1), V3_2(3, 2), V4_0(4, 0), V4_2(4, 2);

        final int major;
        final int minor;

        Line(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }
    }

    private static final List<Architecture> LINUX_ARCHS = List.of(Architecture.X86_64, Architecture.I686,
            Architecture.AARCH64, Architecture.PPC64LE, Architecture.S390X, Architecture.ARMV7L,
            Architecture.RISCV64);
    private static final List<String> MACOS_TAGS = List.of("macosx_x86_64", "macosx_arm64", "macosx_universal2");
    private static final List<String> WINDOWS_TAGS = List.of("win_amd64", "win32", "win_arm64");

    /** Each line's identifiers by platform, and its gates, built once: the grid re-plans on every edit. */
    private static final Map<Line, Map<Platform, List<BuildIdentifier>>> UNIVERSES = new EnumMap<>(Line.class);
    private static final Map<Line, Map<EnableGroup, IdentifierGlob>> GATES = new EnumMap<>(Line.class);

    static {
        for (Line line : Line.values()) {
            Map<Platform, List<BuildIdentifier>> byPlatform = new EnumMap<>(Platform.class);
            for (Platform platform : Platform.values()) {
                byPlatform.put(platform, universe(line).stream().filter(id -> id.platform() == platform).toList());
            }
            UNIVERSES.put(line, Collections.unmodifiableMap(byPlatform));
            GATES.put(line, gates(line));
        }
    }

    private final CibuildwheelRelease release;
    private final Line line;

    private IdentifierCatalog(CibuildwheelRelease release, Line line) {
        this.release = release;
        this.line = line;
    }

    /** The newest release line Wheelhouse knows; used when a workflow does not pin a version. */
    public static CibuildwheelRelease latestKnown() {
        return new CibuildwheelRelease(4, 2, 0);
    }

    /**
     * The catalog of a release, or empty for cibuildwheel 2.x and older (their defaults differ:
     * PyPy built by default, no {@code enable}) which Wheelhouse does not model.
     */
    public static Optional<IdentifierCatalog> forRelease(CibuildwheelRelease release) {
        if (release.major() < 3) {
            return Optional.empty();
        }
        Line chosen = Line.V3_0;
        for (Line candidate : Line.values()) {
            if (release.atLeast(candidate.major, candidate.minor)) {
                chosen = candidate;
            }
        }
        return Optional.of(new IdentifierCatalog(release, chosen));
    }

    public CibuildwheelRelease release() {
        return release;
    }

    /** Whether the release is newer than anything this catalog was written from. */
    public boolean newerThanKnown() {
        return release.major() > latestKnown().major();
    }

    /** Every identifier of a platform the release can build, in build order (Python version first). */
    public List<BuildIdentifier> identifiers(Platform platform) {
        return UNIVERSES.get(line).get(platform);
    }

    /** The enable groups this release knows. */
    public Set<EnableGroup> knownGroups() {
        Set<EnableGroup> known = new HashSet<>(Set.of(EnableGroup.values()));
        if (line.major >= 4) {
            known.remove(EnableGroup.CPYTHON_FREETHREADING);
        }
        return Set.copyOf(known);
    }

    /** The groups that must all be enabled for this release to consider the identifier. */
    public List<EnableGroup> requiredGroups(BuildIdentifier identifier) {
        List<EnableGroup> required = new ArrayList<>();
        for (EnableGroup group : EnableGroup.values()) {
            IdentifierGlob gate = GATES.get(line).get(group);
            if (gate != null && gate.matches(identifier.toString())) {
                required.add(group);
            }
        }
        return List.copyOf(required);
    }

    private static Map<EnableGroup, IdentifierGlob> gates(Line line) {
        Map<EnableGroup, IdentifierGlob> gates = new EnumMap<>(EnableGroup.class);
        gates.put(EnableGroup.PYPY, glob("pp31*"));
        gates.put(EnableGroup.PYPY_EOL, glob("pp3?-*"));
        gates.put(EnableGroup.GRAALPY, glob("gp*"));
        if (line == Line.V3_0 || line == Line.V3_1) {
            gates.put(EnableGroup.CPYTHON_EXPERIMENTAL_RISCV64, glob("*_riscv64"));
        }
        switch (line) {
            case V3_0 -> {
                gates.put(EnableGroup.CPYTHON_FREETHREADING, glob("cp3??t-*"));
                gates.put(EnableGroup.CPYTHON_PRERELEASE, glob("cp314*"));
            }
            case V3_1, V3_2 -> gates.put(EnableGroup.CPYTHON_FREETHREADING, glob("cp313t-*"));
            case V4_0 -> gates.put(EnableGroup.CPYTHON_PRERELEASE, glob("cp315*"));
            case V4_2 -> {
                // 3.15 is a release candidate: nothing CPython is gated
            }
        }
        return Map.copyOf(gates);
    }

    private static IdentifierGlob glob(String pattern) {
        return IdentifierGlob.compile(pattern, false);
    }

    private static List<BuildIdentifier> universe(Line line) {
        boolean v4 = line.major >= 4;
        int firstCpython = v4 ? 9 : 8;
        int lastCpython = v4 ? 15 : 14;
        List<Integer> freeThreaded = v4 ? List.of(14, 15) : List.of(13, 14);
        List<String> graalPy = switch (line) {
            case V3_0, V3_1 -> List.of("gp311_242");
            case V3_2 -> List.of("gp311_242", "gp312_250");
            case V4_0, V4_2 -> List.of("gp312_250");
        };
        int firstPypy = v4 ? 9 : 8;

        List<BuildIdentifier> ids = new ArrayList<>();
        for (int minor = firstCpython; minor <= lastCpython; minor++) {
            addCpython(ids, "cp3" + minor, minor);
            if (freeThreaded.contains(minor)) {
                addCpython(ids, "cp3" + minor + "t", minor);
            }
        }
        for (int minor = firstPypy; minor <= 11; minor++) {
            addAlternative(ids, "pp3" + minor, List.of(Architecture.X86_64, Architecture.I686, Architecture.AARCH64));
        }
        for (String tag : graalPy) {
            addAlternative(ids, tag, List.of(Architecture.X86_64, Architecture.AARCH64));
        }
        return ids;
    }

    private static void addCpython(List<BuildIdentifier> ids, String pythonTag, int minor) {
        for (String libc : List.of("manylinux", "musllinux")) {
            for (Architecture arch : LINUX_ARCHS) {
                ids.add(BuildIdentifier.parse(pythonTag + "-" + libc + "_" + arch.optionValue()));
            }
        }
        for (String tag : MACOS_TAGS) {
            ids.add(BuildIdentifier.parse(pythonTag + "-" + tag));
        }
        for (String tag : WINDOWS_TAGS) {
            // Windows on ARM has CPython from 3.9 on.
            if (!(tag.equals("win_arm64") && minor < 9)) {
                ids.add(BuildIdentifier.parse(pythonTag + "-" + tag));
            }
        }
    }

    /** PyPy and GraalPy: manylinux only, macOS without universal2, Windows 64-bit Intel only. */
    private static void addAlternative(List<BuildIdentifier> ids, String pythonTag, List<Architecture> linuxArchs) {
        for (Architecture arch : linuxArchs) {
            ids.add(BuildIdentifier.parse(pythonTag + "-manylinux_" + arch.optionValue()));
        }
        ids.add(BuildIdentifier.parse(pythonTag + "-macosx_x86_64"));
        ids.add(BuildIdentifier.parse(pythonTag + "-macosx_arm64"));
        ids.add(BuildIdentifier.parse(pythonTag + "-win_amd64"));
    }
}
