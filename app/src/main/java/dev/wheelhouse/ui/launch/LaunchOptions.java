package dev.wheelhouse.ui.launch;

import dev.wheelhouse.history.DataDirectory;
import dev.wheelhouse.runs.stats.LogCacheDirectory;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.sandbox.sim.FailureRule;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code wheelhouse.*} launch option of the window, read once at start (from {@code -D}
 * system properties and the environment) and handed to whatever needs one. Nothing else reads a
 * system property.
 *
 * @param prefsNode the preferences node the settings live in ({@code wheelhouse.prefs.node})
 * @param dataDir   the history database's folder ({@code wheelhouse.dataDir},
 *                  {@code WHEELHOUSE_DATA_DIR}, else the platform's)
 * @param cacheDir  the job-log cache's folder ({@code wheelhouse.cacheDir},
 *                  {@code WHEELHOUSE_CACHE_DIR}, else the platform's)
 * @param sandbox   how the built-in sandbox runs
 * @param open      a workflow file to open at start ({@code wheelhouse.open}): demos, screenshots,
 *                  "open with"
 * @param demo      the demo hooks ({@code wheelhouse.demo.*})
 */
public record LaunchOptions(String prefsNode, Path dataDir, Path cacheDir, SandboxOptions sandbox,
                            Optional<Path> open, DemoOptions demo) {

    /** The settings' node when none is named: bump the version to start afresh. */
    public static final String DEFAULT_PREFS_NODE = "dev/wheelhouse/v1";
    /** The demo sandbox runs a release in about a minute (a real one takes about twelve). */
    public static final double DEFAULT_SANDBOX_SPEED = 10;

    /**
     * @param speed    how much faster than real time its runs go ({@code wheelhouse.sandbox.speed})
     * @param failures faults injected into its jobs, {@code PATTERN=KIND;…}
     *                 ({@code wheelhouse.sandbox.failures}), e.g.
     *                 {@code build wheels (windows-latest cp312)=build-failure@first}
     * @param flaky    it fails requests as issue 6's reliability walk asks ({@code wheelhouse.sandbox.flaky})
     * @param releaseFaults faults in what its release runs produce, {@code PATTERN=KIND;…}
     *                 ({@code wheelhouse.sandbox.releaseFaults}), e.g.
     *                 {@code build wheels (ubuntu-latest cp312)=no-files;version-mismatch}
     */
    public record SandboxOptions(double speed, List<FailureRule> failures, boolean flaky,
                                 List<ReleaseFaultRule> releaseFaults) {
        public SandboxOptions {
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("wheelhouse.sandbox.speed must be a positive number, not " + speed);
            }
            failures = List.copyOf(failures);
            releaseFaults = List.copyOf(releaseFaults);
        }
    }

    /**
     * @param dispatch  once connected, dispatch release.yml on the default branch and show its run
     *                  ({@code wheelhouse.demo.dispatch})
     * @param job       then select this job once it has completed ({@code wheelhouse.demo.job})
     * @param cacheRuns against the sandbox only, run the release workflow this many times, one after
     *                  the other, and bring the Cache screen to the front ({@code wheelhouse.demo.cacheRuns})
     */
    public record DemoOptions(boolean dispatch, Optional<String> job, int cacheRuns) {
        public static final DemoOptions NONE = new DemoOptions(false, Optional.empty(), 0);

        public DemoOptions {
            if (cacheRuns < 0) {
                throw new IllegalArgumentException("wheelhouse.demo.cacheRuns cannot be negative: " + cacheRuns);
            }
        }
    }

    /** The options this JVM was started with. */
    public static LaunchOptions fromSystem() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        return parse(properties, System.getenv());
    }

    /**
     * Reads the options from system properties and the environment.
     *
     * @throws IllegalArgumentException naming the option that holds a value it cannot use
     */
    public static LaunchOptions parse(Map<String, String> properties, Map<String, String> env) {
        String os = properties.get("os.name");
        String home = properties.getOrDefault("user.home", "");
        SandboxOptions sandbox = new SandboxOptions(
                number(properties, "wheelhouse.sandbox.speed", DEFAULT_SANDBOX_SPEED),
                failures(properties.getOrDefault("wheelhouse.sandbox.failures", "")),
                Boolean.parseBoolean(properties.get("wheelhouse.sandbox.flaky")),
                releaseFaults(properties.getOrDefault("wheelhouse.sandbox.releaseFaults", "")));
        DemoOptions demo = new DemoOptions(Boolean.parseBoolean(properties.get("wheelhouse.demo.dispatch")),
                text(properties, "wheelhouse.demo.job"),
                (int) number(properties, "wheelhouse.demo.cacheRuns", 0));
        return new LaunchOptions(text(properties, "wheelhouse.prefs.node").orElse(DEFAULT_PREFS_NODE),
                DataDirectory.resolve(env, properties.get(DataDirectory.PROPERTY_OVERRIDE), os, home),
                LogCacheDirectory.resolve(env, properties.get(LogCacheDirectory.PROPERTY_OVERRIDE), os, home),
                sandbox, text(properties, "wheelhouse.open").map(Path::of), demo);
    }

    /** The same options with another demo: for the whole-app walks. */
    public LaunchOptions withDemo(DemoOptions other) {
        return new LaunchOptions(prefsNode, dataDir, cacheDir, sandbox, open, other);
    }

    private static Optional<String> text(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static double number(Map<String, String> properties, String key, double fallback) {
        Optional<String> value = text(properties, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not \"" + value.get() + "\"");
        }
    }

    private static List<FailureRule> failures(String specs) {
        return Arrays.stream(specs.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(FailureRule::parse).toList();
    }

    private static List<ReleaseFaultRule> releaseFaults(String specs) {
        return Arrays.stream(specs.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ReleaseFaultRule::parse).toList();
    }
}
