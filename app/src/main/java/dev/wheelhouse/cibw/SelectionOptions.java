package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options that decide which wheels cibuildwheel builds, resolved as its {@code OptionsReader}
 * does (https://github.com/pypa/cibuildwheel/blob/main/cibuildwheel/options.py): defaults, then
 * {@code [tool.cibuildwheel]}, then {@code [tool.cibuildwheel.<platform>]}, then {@code CIBW_*},
 * then {@code CIBW_*_<PLATFORM>} where the option has one; the last source that sets a value wins,
 * even with an empty value. {@code CIBW_ENABLE} adds to the configured groups instead of replacing
 * them, and the command line ({@code --archs}, {@code --only}) outranks everything.
 *
 * @param platform        the target platform
 * @param build           the build selector ({@code *} when empty)
 * @param skip            the skip selector
 * @param archs           the archs value, not yet resolved against the runner
 * @param enable          the enable groups, space-separated
 * @param requiresPython  {@code CIBW_PROJECT_REQUIRES_PYTHON} or {@code [project] requires-python}
 * @param notes           settings cibuildwheel ignores, and similar remarks for the maintainer
 */
public record SelectionOptions(Platform platform, ResolvedOption build, ResolvedOption skip,
                               ResolvedOption archs, ResolvedOption enable,
                               Optional<ResolvedOption> requiresPython, List<String> notes) {

    public SelectionOptions {
        notes = List.copyOf(notes);
    }

    /**
     * Resolves the selection options of one cibuildwheel run.
     *
     * @param platform        the target platform
     * @param env             the step's environment (workflow, job and step {@code env} merged)
     * @param config          the configuration file cibuildwheel reads options from
     * @param packageProject  the package's {@code pyproject.toml}, for {@code requires-python}; empty if unknown
     * @param invocation      the command line or action inputs
     */
    public static SelectionOptions resolve(Platform platform, Map<String, String> env, PyprojectConfig config,
                                           Optional<PyprojectConfig> packageProject,
                                           CibuildwheelInvocation invocation) {
        List<String> notes = new ArrayList<>();
        noteIgnoredPlatformVariables(env, notes);

        ResolvedOption build = cascade("build", "*", platform, env, config, false);
        if (build.value().isBlank()) {
            build = new ResolvedOption("build", "*", build.source() + ", empty, so everything");
        }
        ResolvedOption skip = cascade("skip", "", platform, env, config, false);
        ResolvedOption archs = cascade("archs", "auto", platform, env, config, true);
        if (invocation.archs().isPresent()) {
            archs = new ResolvedOption("archs", invocation.archs().get(), "--archs");
        }
        ResolvedOption enable = enable(platform, env, config, invocation);

        if (invocation.only().isPresent()) {
            String only = invocation.only().get();
            String source = "only: " + only;
            build = new ResolvedOption("build", only, source);
            skip = new ResolvedOption("skip", "", source);
            archs = new ResolvedOption("archs", "all", source);
            enable = new ResolvedOption("enable", "all", source);
        }

        Optional<ResolvedOption> requiresPython = Optional.empty();
        String fromEnv = env.get("CIBW_PROJECT_REQUIRES_PYTHON");
        if (fromEnv != null && !fromEnv.isBlank()) {
            requiresPython = Optional.of(new ResolvedOption("requires-python", fromEnv, "CIBW_PROJECT_REQUIRES_PYTHON"));
        } else if (packageProject.isPresent() && packageProject.get().requiresPython().isPresent()) {
            requiresPython = Optional.of(new ResolvedOption("requires-python",
                    packageProject.get().requiresPython().get(), "[project] in " + packageProject.get().source()));
        }
        return new SelectionOptions(platform, build, skip, archs, enable, requiresPython, notes);
    }

    /** The environment variable cibuildwheel reads for an option: {@code CIBW_BUILD_FRONTEND} for {@code build-frontend}. */
    static String envName(String option) {
        return "CIBW_" + option.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static ResolvedOption cascade(String option, String defaultValue, Platform platform,
                                          Map<String, String> env, PyprojectConfig config, boolean envPerPlatform) {
        ResolvedOption result = new ResolvedOption(option, defaultValue, "default");
        Optional<String> global = config.option(option);
        if (global.isPresent()) {
            result = new ResolvedOption(option, global.get(), "[tool.cibuildwheel] " + option + " in " + config.source());
        }
        Optional<String> perPlatform = config.platformOption(platform, option);
        if (perPlatform.isPresent()) {
            result = new ResolvedOption(option, perPlatform.get(),
                    "[tool.cibuildwheel." + platform.optionName() + "] " + option + " in " + config.source());
        }
        String generic = envName(option);
        if (env.containsKey(generic)) {
            result = new ResolvedOption(option, env.get(generic), generic);
        }
        String specific = generic + "_" + platform.optionName().toUpperCase(Locale.ROOT);
        if (envPerPlatform && env.containsKey(specific)) {
            result = new ResolvedOption(option, env.get(specific), specific);
        }
        return result;
    }

    private static ResolvedOption enable(Platform platform, Map<String, String> env, PyprojectConfig config,
                                         CibuildwheelInvocation invocation) {
        ResolvedOption configured = cascadeWithoutEnv("enable", platform, config);
        List<String> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (!configured.value().isBlank()) {
            parts.add(configured.value().trim());
            sources.add(configured.source());
        }
        String fromEnv = env.get("CIBW_ENABLE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            parts.add(fromEnv.trim());
            sources.add("CIBW_ENABLE");
        }
        if (!invocation.enable().isEmpty()) {
            parts.add(String.join(" ", invocation.enable()));
            sources.add("--enable");
        }
        return new ResolvedOption("enable", String.join(" ", parts),
                sources.isEmpty() ? "default" : String.join(" + ", sources));
    }

    private static ResolvedOption cascadeWithoutEnv(String option, Platform platform, PyprojectConfig config) {
        return cascade(option, "", platform, Map.of(), config, false);
    }

    private static void noteIgnoredPlatformVariables(Map<String, String> env, List<String> notes) {
        for (String option : List.of("BUILD", "SKIP", "ENABLE")) {
            for (Platform platform : Platform.values()) {
                String name = "CIBW_" + option + "_" + platform.optionName().toUpperCase(Locale.ROOT);
                if (env.containsKey(name)) {
                    notes.add("cibuildwheel ignores " + name + ": " + option.toLowerCase(Locale.ROOT)
                            + " has no per-platform variable; use CIBW_" + option
                            + " with a platform pattern such as *-manylinux_*");
                }
            }
        }
    }
}
