package dev.wheelhouse.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's preferences, in a versioned {@link Preferences} node so a later layout can migrate
 * instead of misreading. Never holds a token: those live in the OS keychain or the environment.
 */
public final class AppSettings {

    /** Bump when a key changes meaning; the old node stays readable for a migration. */
    private static final int MAX_RECENT = 10;

    private final Preferences node;

    public AppSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings under the named node (the launch options name it; tests use a throwaway one). */
    public static AppSettings forUser(String node) {
        return new AppSettings(Preferences.userRoot().node(node));
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
        flush();
    }

    public List<Path> recentFiles() {
        String joined = node.get("recent.files", "");
        if (joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\n")).map(Path::of).toList();
    }

    /** Puts {@code file} first, drops a duplicate and keeps the newest ten. */
    public void addRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > MAX_RECENT) {
            files.remove(files.size() - 1);
        }
        node.put("recent.files", String.join("\n", files.stream().map(Path::toString).toList()));
        flush();
    }

    public Optional<Path> lastDirectory() {
        return Optional.ofNullable(node.get("last.directory", null)).map(Path::of);
    }

    public void setLastDirectory(Path directory) {
        node.put("last.directory", directory.toAbsolutePath().toString());
        flush();
    }

    /**
     * The window's geometry as the user left it on this screen set-up ({@code setUp} names the
     * screens, e.g. {@code 1920x1080+0+0}): a laptop alone and the laptop with a monitor each keep
     * their own.
     */
    public Optional<WindowGeometry> windowGeometry(String setUp) {
        String key = geometryKey(setUp);
        double width = node.getDouble(key + "width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(node.getDouble(key + "x", 0), node.getDouble(key + "y", 0),
                width, node.getDouble(key + "height", 800), node.getBoolean(key + "maximized", false)));
    }

    public void setWindowGeometry(String setUp, WindowGeometry geometry) {
        String key = geometryKey(setUp);
        node.putDouble(key + "x", geometry.x());
        node.putDouble(key + "y", geometry.y());
        node.putDouble(key + "width", geometry.width());
        node.putDouble(key + "height", geometry.height());
        node.putBoolean(key + "maximized", geometry.maximized());
        flush();
    }

    /** Preferences keys are at most 80 characters: several screens' names are hashed. */
    private static String geometryKey(String setUp) {
        String name = setUp.length() <= 48 ? setUp : Integer.toHexString(setUp.hashCode());
        return "window[" + name + "].";
    }

    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    /**
     * Keeps {@code value} under {@code key}. An unchanged value is not written again: writing locks
     * and rewrites the preferences file, and some settings are remembered on the FX thread at every
     * start (the connection's kind, as it connects).
     */
    public void put(String key, String value) {
        if (value.equals(node.get(key, null))) {
            return;
        }
        node.put(key, value);
        flush();
    }

    public boolean getBoolean(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    /** Keeps {@code value} under {@code key}, writing only a change (as {@link #put}). */
    public void putBoolean(String key, boolean value) {
        if (String.valueOf(value).equals(node.get(key, null))) {
            return;
        }
        node.putBoolean(key, value);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; losing one must not interrupt the user's work.
            System.getLogger("wheelhouse").log(System.Logger.Level.WARNING,
                    "could not save preferences: " + e.getMessage());
        }
    }

    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    }
}
