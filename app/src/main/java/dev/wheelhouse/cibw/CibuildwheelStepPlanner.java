package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Computes the wheels of one cibuildwheel run as the pinned release decides them: platform, options,
 * archs, enable groups and requires-python, then the release's catalog filtered as its
 * {@code BuildSelector} filters it. What the release knows and how it reads its options come from
 * its generated model ({@link IdentifierCatalog}); a setting it rejects makes the step fail with its
 * own message.
 */
final class CibuildwheelStepPlanner {

    /** The variables that decide selection; a value still holding {@code ${{ }}} makes the plan unknown. */
    private static final List<String> SELECTION_VARIABLES = List.of("CIBW_PLATFORM", "CIBW_BUILD", "CIBW_SKIP",
            "CIBW_ARCHS", "CIBW_ARCHS_LINUX", "CIBW_ARCHS_MACOS", "CIBW_ARCHS_WINDOWS", "CIBW_ENABLE",
            "CIBW_PROJECT_REQUIRES_PYTHON", "CIBW_ALLOW_EMPTY", "CIBW_PRERELEASE_PYTHONS", "CIBW_FREE_THREADED_SUPPORT");

    /** Parsed configuration files by path and text, so the 20 jobs of a matrix parse their pyproject once. */
    private static final int PARSED_LIMIT = 16;

    private final ProjectFiles files;
    private final Map<String, PyprojectConfig> parsed = new ConcurrentHashMap<>();

    CibuildwheelStepPlanner(ProjectFiles files) {
        this.files = files;
    }

    private record Target(Platform platform, String source) {
    }

    BuildStepPlan plan(RenderedStep step, CibuildwheelInvocation invocation, StepEnvironment env,
                       RunnerPlatform runner) {
        StepPlanDraft draft = new StepPlanDraft(step, files.available());
        if (!runner.known()) {
            return draft.stop(BuildStepPlan.Determination.UNKNOWN, runner.describe());
        }
        Optional<String> unrendered = unrendered(env, invocation);
        if (unrendered.isPresent()) {
            return draft.stop(BuildStepPlan.Determination.UNKNOWN, unrendered.get());
        }

        CibuildwheelRelease release = invocation.release().orElseGet(() -> {
            draft.note("the workflow does not pin a cibuildwheel version; assuming " + IdentifierCatalog.latestKnown());
            return IdentifierCatalog.latestKnown();
        });
        invocation.releaseNote().ifPresent(draft::note);
        draft.release(release);
        Optional<IdentifierCatalog> maybeCatalog = IdentifierCatalog.forRelease(release);
        if (maybeCatalog.isEmpty()) {
            return draft.stop(BuildStepPlan.Determination.NOT_MODELED, "cibuildwheel " + release
                    + " is older than " + ReleaseModels.bundled().oldest() + ", the oldest release Wheelhouse models");
        }
        IdentifierCatalog catalog = maybeCatalog.get();
        catalog.note().ifPresent(draft::note);

        Target target;
        try {
            Optional<Target> chosen = target(invocation, env, runner, draft);
            if (chosen.isEmpty()) {
                return draft.build();
            }
            target = chosen.get();
        } catch (IllegalArgumentException e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, e.getMessage());
        }
        if (invocation.only().isPresent() && catalog.enable().only().isEmpty()) {
            return draft.stop(BuildStepPlan.Determination.FAILS, "cibuildwheel " + release
                    + " stops: unrecognized arguments: --only " + invocation.only().get());
        }

        ProjectConfiguration configuration;
        try {
            configuration = new ConfigurationFiles(files, this::parse).read(invocation, draft::note);
        } catch (PyprojectException e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, e.getMessage());
        }

        SelectionOptions options = SelectionOptions.resolve(target.platform(), env, configuration.options(),
                configuration.packageProject(), invocation, catalog.enable());
        options.notes().forEach(draft::note);
        return select(draft, catalog, options, target, runner, env);
    }

    private BuildStepPlan select(StepPlanDraft draft, IdentifierCatalog catalog, SelectionOptions options,
                                 Target target, RunnerPlatform runner, StepEnvironment env) {
        Platform platform = options.platform();
        String host = ArchsRules.hostKey(runner.os().orElseThrow(), runner.nativeArch().orElseThrow());
        Optional<List<CatalogBuild>> builds = catalog.builds(platform, host);
        if (builds.isEmpty() || !catalog.archs().knowsHost(host)) {
            return draft.stop(BuildStepPlan.Determination.UNKNOWN, "Wheelhouse has no model of cibuildwheel "
                    + catalog.modelRelease() + " building " + platform.prettyName() + " wheels on a " + host + " runner");
        }
        String stops = "cibuildwheel " + catalog.release() + " stops: ";
        ArchsOption archs = ArchsOption.resolve(options.archs().value(), platform, runner, catalog.archs());
        ResolvedOption archsUsed = archs.error().isPresent() ? options.archs()
                : new ResolvedOption("archs", archNames(archs), options.archs().source()
                + (options.archs().value().equals(archNames(archs)) ? "" : ": '" + options.archs().value().trim()
                + "' on a " + host + " runner"));
        ResolvedOption enable = effectiveEnable(options);
        draft.options(new CibuildwheelOptions(new ResolvedOption("platform", platform.optionName(), target.source()),
                archsUsed, options.build(), options.skip(), enable, options.requiresPython()));
        if (archs.error().isPresent()) {
            return draft.stop(BuildStepPlan.Determination.FAILS, stops + archs.error().get()
                    + " (archs '" + options.archs().value().trim() + "' from " + options.archs().source() + ")");
        }
        Set<String> enabled;
        Optional<RequiresPython> requiresPython;
        IdentifierGlob build;
        IdentifierGlob skip;
        boolean windowsHost = runner.os().orElseThrow() == Platform.WINDOWS;
        try {
            enabled = enabledGroups(options, catalog.enable());
        } catch (RejectedOption e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, stops + e.getMessage() + " (from " + enable.source() + ")");
        }
        try {
            requiresPython = options.requiresPython().map(o -> RequiresPython.parse(o.value()));
            build = IdentifierGlob.compile(options.build().value(), windowsHost);
            skip = IdentifierGlob.compile(options.skip().value(), windowsHost);
        } catch (IllegalArgumentException e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, e.getMessage());
        }
        archs.notes().forEach(draft::note);

        List<BuildIdentifier> selected = new ArrayList<>();
        Map<String, Integer> heldBack = new TreeMap<>();
        for (CatalogBuild candidate : builds.get()) {
            BuildIdentifier id = candidate.identifier();
            boolean wanted = archs.architectures().contains(candidate.architecture())
                    && requiresPython.map(r -> r.allows(id.pythonMajor(), id.pythonMinor())).orElse(true)
                    && build.matches(id.toString()) && !skip.matches(id.toString());
            if (!wanted) {
                continue;
            }
            List<String> missing = candidate.groups().stream().filter(g -> !enabled.contains(g)).toList();
            if (missing.isEmpty()) {
                selected.add(id);
            } else {
                missing.forEach(g -> heldBack.merge(g, 1, Integer::sum));
            }
        }
        heldBack.forEach((group, count) -> draft.note(count + (count == 1 ? " wheel" : " wheels")
                + " would match but need enable " + group));
        draft.identifiers(selected);
        boolean allowEmpty = truthy(env.get("CIBW_ALLOW_EMPTY").orElse(null));
        if (selected.isEmpty() && !allowEmpty && !files.available()) {
            return draft.stop(BuildStepPlan.Determination.UNKNOWN, "no wheel matches the workflow's settings alone;"
                    + " the pyproject.toml, not at hand, may enable or select more");
        }
        if (selected.isEmpty() && !allowEmpty) {
            return draft.stop(BuildStepPlan.Determination.FAILS, "no wheel matches: cibuildwheel exits with"
                    + " error 3 (build '" + options.build().value() + "', skip '" + options.skip().value()
                    + "', archs " + archNames(archs) + ")");
        }
        draft.lead(selected.size() + " " + platform.prettyName() + " wheels for archs "
                + archNames(archs) + " with build '" + options.build().value() + "'"
                + (options.skip().value().isBlank() ? "" : " and skip '" + options.skip().value() + "'"));
        return draft.build();
    }

    /**
     * The groups turned on: the enable value as the release reads it, and the older switches; a
     * release that had both refused them together.
     */
    private static Set<String> enabledGroups(SelectionOptions options, EnableRules rules) throws RejectedOption {
        Set<String> enabled = new LinkedHashSet<>(rules.parse(options.enable().value()));
        if (!options.switches().isEmpty() && !enabled.isEmpty() && rules.switchConflict().isPresent()) {
            throw new RejectedOption(rules.switchConflict().get());
        }
        options.switches().forEach(s -> enabled.add(s.value()));
        return enabled;
    }

    /** The enable value with the groups the switches turn on, for the plan's options. */
    private static ResolvedOption effectiveEnable(SelectionOptions options) {
        if (options.switches().isEmpty()) {
            return options.enable();
        }
        List<String> words = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (!options.enable().value().isBlank()) {
            words.add(options.enable().value().trim());
            sources.add(options.enable().source());
        }
        for (ResolvedOption on : options.switches()) {
            words.add(on.value());
            sources.add(on.source());
        }
        return new ResolvedOption("enable", String.join(" ", words), String.join(" + ", sources));
    }

    private Optional<Target> target(CibuildwheelInvocation invocation, StepEnvironment env, RunnerPlatform runner,
                                    StepPlanDraft draft) {
        if (invocation.only().isPresent()) {
            BuildIdentifier only = BuildIdentifier.tryParse(invocation.only().get()).orElseThrow(() ->
                    new IllegalArgumentException("only '" + invocation.only().get() + "' is not a build identifier"));
            return modeled(only.platform(), invocation.onlySource(), runner, draft);
        }
        String source = invocation.platform().isPresent() ? "command line --platform" : env.describe("CIBW_PLATFORM");
        String requested = invocation.platform().orElseGet(() -> env.get("CIBW_PLATFORM").orElse("auto")).trim();
        if (requested.isEmpty() || requested.equalsIgnoreCase("auto")) {
            return modeled(runner.os().orElseThrow(), "runner (platform auto)", runner, draft);
        }
        Platform platform = Platform.fromOptionName(requested).orElseThrow(() -> new IllegalArgumentException(
                "cibuildwheel does not know the platform '" + requested + "' (linux, macos, windows, ios, android, pyodide)"));
        return modeled(platform, source, runner, draft);
    }

    private static Optional<Target> modeled(Platform platform, String source, RunnerPlatform runner,
                                            StepPlanDraft draft) {
        if (!platform.modeled()) {
            draft.stopWith(BuildStepPlan.Determination.NOT_MODELED, platform.prettyName()
                    + " wheels are not predicted: cibuildwheel derives them from the SDK and toolchain on the runner");
            return Optional.empty();
        }
        Platform host = runner.os().orElseThrow();
        if (platform == Platform.LINUX && host != Platform.LINUX) {
            draft.note("Linux wheels build in containers; GitHub's " + host.prettyName()
                    + " runners have no Docker for Linux images");
        } else if (platform != Platform.LINUX && platform != host) {
            throw new IllegalArgumentException(platform.prettyName() + " wheels can only be built on a "
                    + platform.prettyName() + " runner, not on " + host.prettyName());
        }
        return Optional.of(new Target(platform, source));
    }

    private PyprojectConfig parse(String text, String path) throws PyprojectException {
        String key = path + '\u0000' + text;
        PyprojectConfig known = parsed.get(key);
        if (known != null) {
            return known;
        }
        PyprojectConfig config = PyprojectConfig.parse(text, path);
        if (parsed.size() >= PARSED_LIMIT) {
            parsed.clear();
        }
        parsed.put(key, config);
        return config;
    }

    private static Optional<String> unrendered(StepEnvironment env, CibuildwheelInvocation invocation) {
        for (String name : SELECTION_VARIABLES) {
            Optional<String> value = env.get(name);
            if (value.isPresent() && value.get().contains("${{")) {
                return Optional.of(name + " is '" + value.get().trim() + "', which could not be evaluated for this job");
            }
        }
        Map<String, Optional<String>> inputs = new LinkedHashMap<>();
        inputs.put("only", invocation.only());
        inputs.put("config-file", invocation.configFile());
        inputs.put("package-dir", Optional.of(invocation.packageDir()));
        inputs.put("--platform", invocation.platform());
        inputs.put("--archs", invocation.archs());
        for (Map.Entry<String, Optional<String>> input : inputs.entrySet()) {
            String value = input.getValue().orElse("");
            if (value.contains("${{") || value.contains("$")) {
                return Optional.of(input.getKey() + " is '" + value + "', which is only known when the job runs");
            }
        }
        return Optional.empty();
    }

    private static boolean truthy(String value) {
        return value != null && Set.of("1", "true", "yes", "on", "y", "t").contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static String archNames(ArchsOption archs) {
        return archs.architectures().stream().map(Architecture::optionValue).collect(Collectors.joining(" "));
    }
}
