package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options that decide which wheels cibuildwheel builds, resolved as its {@code OptionsReader}
 * does (https://github.com/pypa/cibuildwheel/blob/main/cibuildwheel/options.py): defaults, then
 * {@code [tool.cibuildwheel]}, then {@code [tool.cibuildwheel.<platform>]}, then {@code CIBW_*},
 * then {@code CIBW_*_<PLATFORM>} where the option has one; the last source that sets a value wins,
 * even with an empty value. {@code CIBW_ENABLE} adds to the configured groups instead of replacing
 * them, and the command line ({@code --archs}, {@code --only}) outranks everything. Which enable
 * settings exist depends on the release: {@link EnableRules}.
 *
 * @param platform        the target platform
 * @param build           the build selector ({@code *} when empty)
 * @param skip            the skip selector
 * @param archs           the archs value, not yet resolved against the runner
 * @param enable          the enable groups named, as one space-separated value (not yet checked)
 * @param switches        the older on/off settings that are on ({@code CIBW_PRERELEASE_PYTHONS}), each
 *                        with the group it turns on as its value
 * @param requiresPython  the project's {@code requires-python}, when known
 * @param notes           settings cibuildwheel ignores, worth telling the maintainer
 */
public record SelectionOptions(Platform platform, ResolvedOption build, ResolvedOption skip,
                               ResolvedOption archs, ResolvedOption enable, List<ResolvedOption> switches,
                               Optional<ResolvedOption> requiresPython, List<String> notes) {

    private static final Set<String> TRUE_WORDS = Set.of("y", "yes", "t", "true", "on", "1");

    public SelectionOptions {
        switches = List.copyOf(switches);
        notes = List.copyOf(notes);
    }

    /** Resolves the options with an environment whose levels are not known, for the newest release's rules. */
    public static SelectionOptions resolve(Platform platform, Map<String, String> env, PyprojectConfig config,
                                           Optional<PyprojectConfig> packageProject,
                                           CibuildwheelInvocation invocation) {
        EnableRules rules = IdentifierCatalog.forRelease(IdentifierCatalog.latestKnown()).orElseThrow().enable();
        return resolve(platform, StepEnvironment.unattributed(env), config, packageProject, invocation, rules);
    }

    /**
     * Resolves the selection options of one cibuildwheel run.
     *
     * @param platform        the target platform
     * @param env             the step's environment (workflow, job and step {@code env} merged)
     * @param config          the configuration file cibuildwheel reads options from
     * @param packageProject  the package's {@code pyproject.toml}, for {@code requires-python}; empty if unknown
     * @param invocation      the command line or action inputs
     * @param rules           how the pinned release reads {@code enable} and its older switches
     */
    public static SelectionOptions resolve(Platform platform, StepEnvironment env, PyprojectConfig config,
                                           Optional<PyprojectConfig> packageProject,
                                           CibuildwheelInvocation invocation, EnableRules rules) {
        List<String> notes = new ArrayList<>();
        noteIgnoredPlatformVariables(env, notes);

        ResolvedOption build = cascade("build", "*", platform, env, config, false);
        if (build.value().isBlank()) {
            build = new ResolvedOption("build", "*", build.source() + ", empty, so everything");
        }
        ResolvedOption skip = cascade("skip", "", platform, env, config, false);
        ResolvedOption archs = cascade("archs", "auto", platform, env, config, true);
        if (invocation.archs().isPresent()) {
            archs = new ResolvedOption("archs", invocation.archs().get(), "command line --archs");
        }
        ResolvedOption enable = enable(platform, env, config, invocation, rules, notes);
        List<ResolvedOption> switches = switches(platform, env, config, rules);

        if (invocation.only().isPresent()) {
            String only = invocation.only().get();
            String source = invocation.onlySource() + " " + only;
            build = new ResolvedOption("build", only, source);
            skip = new ResolvedOption("skip", "", source);
            archs = new ResolvedOption("archs", "all", source);
            enable = new ResolvedOption("enable", String.join(" ", rules.only().orElse(List.of())), source);
            switches = List.of();
        }

        Optional<ResolvedOption> requiresPython = Optional.empty();
        String fromEnv = env.get("CIBW_PROJECT_REQUIRES_PYTHON").orElse("");
        if (!fromEnv.isBlank()) {
            requiresPython = Optional.of(new ResolvedOption("requires-python", fromEnv,
                    env.describe("CIBW_PROJECT_REQUIRES_PYTHON")));
        } else if (packageProject.isPresent() && packageProject.get().requiresPython().isPresent()) {
            requiresPython = Optional.of(new ResolvedOption("requires-python",
                    packageProject.get().requiresPython().get(), "[project] in " + packageProject.get().source()));
        }
        return new SelectionOptions(platform, build, skip, archs, enable, switches, requiresPython, notes);
    }

    /** The environment variable cibuildwheel reads for an option: {@code CIBW_BUILD_FRONTEND} for {@code build-frontend}. */
    static String envName(String option) {
        return "CIBW_" + option.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static ResolvedOption cascade(String option, String defaultValue, Platform platform,
                                          StepEnvironment env, PyprojectConfig config, boolean envPerPlatform) {
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
        if (env.has(generic)) {
            result = new ResolvedOption(option, env.get(generic).orElseThrow(), env.describe(generic));
        }
        String specific = generic + "_" + platform.optionName().toUpperCase(Locale.ROOT);
        if (envPerPlatform && env.has(specific)) {
            result = new ResolvedOption(option, env.get(specific).orElseThrow(), env.describe(specific));
        }
        return result;
    }

    private static ResolvedOption enable(Platform platform, StepEnvironment env, PyprojectConfig config,
                                         CibuildwheelInvocation invocation, EnableRules rules, List<String> notes) {
        ResolvedOption configured = cascade("enable", "", platform, StepEnvironment.unattributed(Map.of()), config,
                false);
        String fromEnv = env.get("CIBW_ENABLE").orElse("");
        if (!rules.option()) {
            if (!configured.value().isBlank() || !fromEnv.isBlank() || !invocation.enable().isEmpty()) {
                notes.add("this cibuildwheel has no enable option (it came in 2.22.0), so "
                        + (fromEnv.isBlank() ? "enable" : "CIBW_ENABLE") + " is ignored");
            }
            return new ResolvedOption("enable", "", "default");
        }
        List<String> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (!configured.value().isBlank()) {
            parts.add(configured.value().trim());
            sources.add(configured.source());
        }
        if (!fromEnv.isBlank()) {
            parts.add(fromEnv.trim());
            sources.add(env.describe("CIBW_ENABLE"));
        }
        if (!invocation.enable().isEmpty()) {
            parts.add(String.join(" ", invocation.enable()));
            sources.add("command line --enable");
        }
        return new ResolvedOption("enable", String.join(" ", parts),
                sources.isEmpty() ? "default" : String.join(" + ", sources));
    }

    /** The release's older on/off settings that are on: an environment variable, else its pyproject key. */
    private static List<ResolvedOption> switches(Platform platform, StepEnvironment env, PyprojectConfig config,
                                                 EnableRules rules) {
        List<ResolvedOption> on = new ArrayList<>();
        for (EnableSwitch setting : rules.switches()) {
            String name = setting.environmentVariable();
            Optional<ResolvedOption> value = env.get(name).map(v -> new ResolvedOption(name, v, env.describe(name)));
            if (value.isEmpty() && setting.option().isPresent()) {
                ResolvedOption configured = cascade(setting.option().get(), "", platform,
                        StepEnvironment.unattributed(Map.of()), config, false);
                value = Optional.of(configured).filter(o -> !o.value().isBlank());
            }
            value.filter(v -> TRUE_WORDS.contains(v.value().trim().toLowerCase(Locale.ROOT)))
                    .ifPresent(v -> on.add(new ResolvedOption(name, setting.group(), v.source())));
        }
        return on;
    }

    private static void noteIgnoredPlatformVariables(StepEnvironment env, List<String> notes) {
        for (String option : List.of("BUILD", "SKIP", "ENABLE")) {
            for (Platform platform : Platform.values()) {
                String name = "CIBW_" + option + "_" + platform.optionName().toUpperCase(Locale.ROOT);
                if (env.has(name)) {
                    notes.add("cibuildwheel ignores " + name + ": " + option.toLowerCase(Locale.ROOT)
                            + " has no per-platform variable; use CIBW_" + option
                            + " with a platform pattern such as *-manylinux_*");
                }
            }
        }
    }
}
