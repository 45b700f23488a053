package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Computes the wheels of one cibuildwheel run: platform, options, archs, enable groups and
 * requires-python, then the catalog filtered as cibuildwheel's {@code BuildSelector} filters it.
 */
final class CibuildwheelStepPlanner {

    /** The variables that decide selection; a value still holding {@code ${{ }}} makes the plan unknown. */
    private static final List<String> SELECTION_VARIABLES = List.of("CIBW_PLATFORM", "CIBW_BUILD", "CIBW_SKIP",
            "CIBW_ARCHS", "CIBW_ARCHS_LINUX", "CIBW_ARCHS_MACOS", "CIBW_ARCHS_WINDOWS", "CIBW_ENABLE",
            "CIBW_PROJECT_REQUIRES_PYTHON", "CIBW_ALLOW_EMPTY");

    /** Parsed configuration files by path and text, so the 20 jobs of a matrix parse their pyproject once. */
    private static final int PARSED_LIMIT = 16;

    private final ProjectFiles files;
    private final Map<String, PyprojectConfig> parsed = new ConcurrentHashMap<>();

    CibuildwheelStepPlanner(ProjectFiles files) {
        this.files = files;
    }

    BuildStepPlan plan(RenderedStep step, CibuildwheelInvocation invocation, Map<String, String> env,
                       RunnerPlatform runner) {
        Draft draft = new Draft(step, files.available());
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
        draft.release = Optional.of(release);
        Optional<IdentifierCatalog> maybeCatalog = IdentifierCatalog.forRelease(release);
        if (maybeCatalog.isEmpty()) {
            return draft.stop(BuildStepPlan.Determination.NOT_MODELED, "cibuildwheel " + release
                    + " is older than 3.0, whose defaults Wheelhouse does not model");
        }
        IdentifierCatalog catalog = maybeCatalog.get();
        if (catalog.newerThanKnown()) {
            draft.note("cibuildwheel " + release + " is newer than Wheelhouse knows; listing what "
                    + IdentifierCatalog.latestKnown() + " builds");
        }

        Platform platform;
        try {
            Optional<Platform> chosen = targetPlatform(invocation, env, runner, draft);
            if (chosen.isEmpty()) {
                return draft.build();
            }
            platform = chosen.get();
        } catch (IllegalArgumentException e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, e.getMessage());
        }

        Configuration configuration;
        try {
            configuration = configuration(invocation, draft);
        } catch (PyprojectException e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, e.getMessage());
        }

        SelectionOptions options = SelectionOptions.resolve(platform, env, configuration.options,
                configuration.packageProject, invocation);
        draft.options = Optional.of(options);
        options.notes().forEach(draft::note);
        return select(draft, catalog, options, runner, env);
    }

    private BuildStepPlan select(Draft draft, IdentifierCatalog catalog, SelectionOptions options,
                                 RunnerPlatform runner, Map<String, String> env) {
        ArchsOption archs = ArchsOption.resolve(options.archs().value(), options.platform(), runner);
        if (archs.error().isPresent()) {
            return draft.stop(BuildStepPlan.Determination.FAILS, archs.error().get()
                    + " (from " + options.archs().source() + ")");
        }
        Set<EnableGroup> enabled;
        Optional<RequiresPython> requiresPython;
        IdentifierGlob build;
        IdentifierGlob skip;
        boolean windowsHost = runner.os().orElseThrow() == Platform.WINDOWS;
        try {
            enabled = enableGroups(options.enable(), catalog, draft);
            requiresPython = options.requiresPython().map(o -> RequiresPython.parse(o.value()));
            build = IdentifierGlob.compile(options.build().value(), windowsHost);
            skip = IdentifierGlob.compile(options.skip().value(), windowsHost);
        } catch (IllegalArgumentException e) {
            return draft.stop(BuildStepPlan.Determination.FAILS, e.getMessage());
        }
        archs.notes().forEach(draft::note);

        List<BuildIdentifier> selected = new ArrayList<>();
        Map<EnableGroup, Integer> heldBack = new EnumMap<>(EnableGroup.class);
        for (BuildIdentifier id : catalog.identifiers(options.platform())) {
            boolean candidate = id.architecture().map(archs.architectures()::contains).orElse(false)
                    && requiresPython.map(r -> r.allows(id.pythonMajor(), id.pythonMinor())).orElse(true)
                    && build.matches(id.toString()) && !skip.matches(id.toString());
            if (!candidate) {
                continue;
            }
            List<EnableGroup> missing = catalog.requiredGroups(id).stream()
                    .filter(g -> !enabled.contains(g)).toList();
            if (missing.isEmpty()) {
                selected.add(id);
            } else {
                missing.forEach(g -> heldBack.merge(g, 1, Integer::sum));
            }
        }
        heldBack.forEach((group, count) -> draft.note(count + (count == 1 ? " wheel" : " wheels")
                + " would match but need enable " + group.optionValue()));
        draft.identifiers = selected;
        if (selected.isEmpty() && !truthy(env.get("CIBW_ALLOW_EMPTY")) && !files.available()) {
            return draft.stop(BuildStepPlan.Determination.UNKNOWN, "no wheel matches the workflow's settings alone;"
                    + " the pyproject.toml, not at hand, may enable or select more");
        }
        if (selected.isEmpty() && !truthy(env.get("CIBW_ALLOW_EMPTY"))) {
            return draft.stop(BuildStepPlan.Determination.FAILS, "no wheel matches: cibuildwheel exits with"
                    + " error 3 (build '" + options.build().value() + "', skip '" + options.skip().value()
                    + "', archs " + archNames(archs) + ")");
        }
        draft.explanations.add(0, selected.size() + " " + options.platform().prettyName() + " wheels for archs "
                + archNames(archs) + " with build '" + options.build().value() + "'"
                + (options.skip().value().isBlank() ? "" : " and skip '" + options.skip().value() + "'"));
        return draft.build();
    }

    private Optional<Platform> targetPlatform(CibuildwheelInvocation invocation, Map<String, String> env,
                                              RunnerPlatform runner, Draft draft) {
        if (invocation.only().isPresent()) {
            BuildIdentifier only = BuildIdentifier.tryParse(invocation.only().get()).orElseThrow(() ->
                    new IllegalArgumentException("only '" + invocation.only().get() + "' is not a build identifier"));
            return modeled(only.platform(), runner, draft);
        }
        String requested = invocation.platform().orElseGet(() -> env.getOrDefault("CIBW_PLATFORM", "auto")).trim();
        if (requested.isEmpty() || requested.equalsIgnoreCase("auto")) {
            return modeled(runner.os().orElseThrow(), runner, draft);
        }
        Platform platform = Platform.fromOptionName(requested).orElseThrow(() -> new IllegalArgumentException(
                "cibuildwheel does not know the platform '" + requested + "' (linux, macos, windows, ios, android, pyodide)"));
        return modeled(platform, runner, draft);
    }

    private static Optional<Platform> modeled(Platform platform, RunnerPlatform runner, Draft draft) {
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
        return Optional.of(platform);
    }

    private record Configuration(PyprojectConfig options, Optional<PyprojectConfig> packageProject) {
    }

    private Configuration configuration(CibuildwheelInvocation invocation, Draft draft) throws PyprojectException {
        if (!files.available()) {
            draft.note("the repository's pyproject.toml is not at hand: [tool.cibuildwheel] and requires-python"
                    + " are not applied");
            return new Configuration(PyprojectConfig.empty("no pyproject.toml"), Optional.empty());
        }
        String configPath = invocation.configPath();
        Optional<String> configText = files.read(configPath);
        if (configText.isEmpty() && invocation.configFile().isPresent()) {
            throw new PyprojectException("config-file " + configPath + " does not exist in the repository");
        }
        PyprojectConfig options = configText.isPresent() ? parse(configText.get(), configPath)
                : PyprojectConfig.empty(configPath);
        Optional<PyprojectConfig> packageProject;
        if (configPath.equals(invocation.pyprojectPath())) {
            packageProject = configText.map(t -> options);
        } else {
            Optional<String> text = files.read(invocation.pyprojectPath());
            packageProject = text.isPresent()
                    ? Optional.of(parse(text.get(), invocation.pyprojectPath())) : Optional.empty();
        }
        if (packageProject.flatMap(PyprojectConfig::requiresPython).isEmpty()) {
            draft.note("no requires-python in " + invocation.pyprojectPath() + " (setup.cfg and setup.py are not"
                    + " read): every Python version cibuildwheel supports is considered");
        }
        return new Configuration(options, packageProject);
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

    private static Set<EnableGroup> enableGroups(ResolvedOption enable, IdentifierCatalog catalog, Draft draft) {
        Set<EnableGroup> groups = EnumSet.noneOf(EnableGroup.class);
        for (String word : enable.value().trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("all")) {
                groups.addAll(catalog.knownGroups());
                continue;
            }
            EnableGroup group = EnableGroup.fromOptionValue(word).orElseThrow(() -> new IllegalArgumentException(
                    "cibuildwheel does not know the enable group '" + word + "' (from " + enable.source() + ")"));
            if (!catalog.knownGroups().contains(group)) {
                draft.note("cibuildwheel " + catalog.release() + " no longer has the enable group " + word
                        + "; it may reject the value");
            }
            groups.add(group);
        }
        return groups;
    }

    private static Optional<String> unrendered(Map<String, String> env, CibuildwheelInvocation invocation) {
        for (String name : SELECTION_VARIABLES) {
            String value = env.get(name);
            if (value != null && value.contains("${{")) {
                return Optional.of(name + " is '" + value.trim() + "', which could not be evaluated for this job");
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

    /** The plan of one step while it is being worked out. */
    private static final class Draft {
        private final RenderedStep step;
        private final List<String> explanations = new ArrayList<>();
        private Optional<CibuildwheelRelease> release = Optional.empty();
        private Optional<SelectionOptions> options = Optional.empty();
        private List<BuildIdentifier> identifiers = List.of();
        private BuildStepPlan.Determination determination = BuildStepPlan.Determination.KNOWN;
        private final boolean projectConfigRead;

        Draft(RenderedStep step, boolean projectConfigRead) {
            this.step = step;
            this.projectConfigRead = projectConfigRead;
        }

        void note(String line) {
            if (!explanations.contains(line)) {
                explanations.add(line);
            }
        }

        void stopWith(BuildStepPlan.Determination outcome, String reason) {
            determination = outcome;
            identifiers = List.of();
            explanations.add(0, reason);
        }

        BuildStepPlan stop(BuildStepPlan.Determination outcome, String reason) {
            stopWith(outcome, reason);
            return build();
        }

        BuildStepPlan build() {
            return new BuildStepPlan(step.index(), step.label(), BuildStepPlan.Tool.CIBUILDWHEEL, step.condition(),
                    determination, identifiers, explanations, release, options, Optional.empty(), projectConfigRead);
        }
    }
}
