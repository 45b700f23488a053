package dev.wheelhouse.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Wheelhouse keeps its data on this platform: {@code $XDG_DATA_HOME/wheelhouse} (default
 * {@code ~/.local/share/wheelhouse}) on Linux and other Unix, {@code ~/Library/Application
 * Support/Wheelhouse} on macOS, {@code %APPDATA%\Wheelhouse} on Windows. {@code WHEELHOUSE_DATA_DIR}
 * (environment) or {@code wheelhouse.dataDir} (system property) overrides it, for tests and portable
 * installs.
 */
public final class DataDirectory {

    public static final String ENV_OVERRIDE = "WHEELHOUSE_DATA_DIR";
    public static final String PROPERTY_OVERRIDE = "wheelhouse.dataDir";

    private DataDirectory() {
    }

    /** This machine's data directory (not created). */
    public static Path standard() {
        return resolve(System.getenv(), System.getProperty(PROPERTY_OVERRIDE), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /** The data directory for the given environment, override, OS name and home directory. */
    public static Path resolve(Map<String, String> env, String propertyOverride, String osName, String home) {
        if (propertyOverride != null && !propertyOverride.isBlank()) {
            return Path.of(propertyOverride);
        }
        String envOverride = env.get(ENV_OVERRIDE);
        if (envOverride != null && !envOverride.isBlank()) {
            return Path.of(envOverride);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Wheelhouse")
                    : Path.of(home, "AppData", "Roaming", "Wheelhouse");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Wheelhouse");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "wheelhouse");
        }
        return Path.of(home, ".local", "share", "wheelhouse");
    }
}
