package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one workflow step runs cibuildwheel: through the {@code pypa/cibuildwheel} action (its
 * {@code with:} inputs, https://cibuildwheel.pypa.io/en/stable/ci-services/#github-actions) or a
 * command line ({@code cibuildwheel}, {@code python -m cibuildwheel}, {@code pipx run cibuildwheel==X}).
 *
 * @param release        the pinned version, when the workflow pins one
 * @param packageDir     the package directory ({@code .} unless given)
 * @param configFile     {@code config-file} / {@code --config-file}, with {@code {package}} not yet replaced
 * @param only           {@code only} / {@code --only}: one identifier, overriding build, skip and archs
 * @param platform       {@code --platform}, which outranks {@code CIBW_PLATFORM}
 * @param archs          {@code --archs}, which outranks every other archs source
 * @param enable         {@code --enable} values, added to the configured groups
 * @param printOnly      {@code --print-build-identifiers}: lists, builds nothing
 * @param action         whether the step runs the action (inputs under {@code with:}) rather than a command line
 * @param releaseNote    how the release was worked out, when the pin does not name it outright
 */
public record CibuildwheelInvocation(Optional<CibuildwheelRelease> release, String packageDir,
                                     Optional<String> configFile, Optional<String> only,
                                     Optional<String> platform, Optional<String> archs,
                                     List<String> enable, boolean printOnly, boolean action,
                                     Optional<String> releaseNote) {

    /** A command-line run whose release is pinned outright (or not at all). */
    public CibuildwheelInvocation(Optional<CibuildwheelRelease> release, String packageDir,
                                  Optional<String> configFile, Optional<String> only, Optional<String> platform,
                                  Optional<String> archs, List<String> enable, boolean printOnly) {
        this(release, packageDir, configFile, only, platform, archs, enable, printOnly, false, Optional.empty());
    }

    public CibuildwheelInvocation {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(packageDir, "packageDir");
        configFile = configFile.filter(s -> !s.isBlank());
        only = only.filter(s -> !s.isBlank());
        platform = platform.filter(s -> !s.isBlank());
        archs = archs.filter(s -> !s.isBlank());
        enable = List.copyOf(enable);
        Objects.requireNonNull(releaseNote, "releaseNote");
    }

    /** Where {@code only} was given, for a plan's sources: {@code with: only} or {@code command line --only}. */
    public String onlySource() {
        return action ? "with: only" : "command line --only";
    }

    /**
     * The path of the configuration file relative to the repository: the given one with
     * {@code {package}} replaced by the package directory, or {@code <package>/pyproject.toml}.
     */
    public String configPath() {
        return configFile.map(f -> normalise(f.replace("{package}", packageDir)))
                .orElseGet(this::pyprojectPath);
    }

    /** {@code <package>/pyproject.toml}, where cibuildwheel reads {@code requires-python}. */
    public String pyprojectPath() {
        return normalise(packageDir + "/pyproject.toml");
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.replace("/./", "/");
    }
}
