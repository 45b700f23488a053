package dev.wheelhouse.runs.stats;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where downloaded job logs are cached on this platform: {@code $XDG_CACHE_HOME/wheelhouse/logs}
 * (default {@code ~/.cache/wheelhouse/logs}) on Linux and other Unix,
 * {@code ~/Library/Caches/Wheelhouse/logs} on macOS, {@code %LOCALAPPDATA%\Wheelhouse\Cache\logs}
 * on Windows: a cache directory, which backup tools skip and the user may empty at any time.
 * {@code WHEELHOUSE_CACHE_DIR} (environment) or {@code wheelhouse.cacheDir} (system property)
 * overrides the base.
 */
public final class LogCacheDirectory {

    public static final String ENV_OVERRIDE = "WHEELHOUSE_CACHE_DIR";
    public static final String PROPERTY_OVERRIDE = "wheelhouse.cacheDir";

    private LogCacheDirectory() {
    }

    /** This machine's log cache directory (not created). */
    public static Path standard() {
        return resolve(System.getenv(), System.getProperty(PROPERTY_OVERRIDE), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String propertyOverride, String osName, String home) {
        if (propertyOverride != null && !propertyOverride.isBlank()) {
            return Path.of(propertyOverride, "logs");
        }
        String envOverride = env.get(ENV_OVERRIDE);
        if (envOverride != null && !envOverride.isBlank()) {
            return Path.of(envOverride, "logs");
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "Wheelhouse", "Cache", "logs")
                    : Path.of(home, "AppData", "Local", "Wheelhouse", "Cache", "logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Wheelhouse", "logs");
        }
        // XDG Base Directory spec: a relative XDG_CACHE_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "wheelhouse", "logs");
        }
        return Path.of(home, ".cache", "wheelhouse", "logs");
    }
}
