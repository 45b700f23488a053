package dev.wheelhouse.ui.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchOptionsTest {

    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/ada");

    private static LaunchOptions parse(Map<String, String> extra) {
        java.util.Map<String, String> all = new java.util.HashMap<>(LINUX);
        all.putAll(extra);
        return LaunchOptions.parse(all, Map.of());
    }

    @Test
    void withNoOptionTheWindowUsesThePlatformsFoldersAndAQuietSandbox() {
        LaunchOptions options = parse(Map.of());

        assertEquals(LaunchOptions.DEFAULT_PREFS_NODE, options.prefsNode());
        assertEquals(Path.of("/home/ada/.local/share/wheelhouse"), options.dataDir());
        assertEquals(Path.of("/home/ada/.cache/wheelhouse/logs"), options.cacheDir());
        assertEquals(10, options.sandbox().speed());
        assertTrue(options.sandbox().failures().isEmpty());
        assertFalse(options.sandbox().flaky());
        assertEquals(Optional.empty(), options.open());
        assertEquals(LaunchOptions.DemoOptions.NONE, options.demo());
    }

    @Test
    void everyOptionIsReadFromItsProperty() {
        LaunchOptions options = parse(Map.of(
                "wheelhouse.prefs.node", "dev/wheelhouse/test-1",
                "wheelhouse.dataDir", "/tmp/wh-data",
                "wheelhouse.cacheDir", "/tmp/wh-cache",
                "wheelhouse.sandbox.speed", "300",
                "wheelhouse.sandbox.failures", "build wheels (windows*)=build-failure; x=gha-cache-v1@first",
                "wheelhouse.sandbox.flaky", "true",
                "wheelhouse.open", "release.yml",
                "wheelhouse.demo.dispatch", "true",
                "wheelhouse.demo.job", "build wheels (macos-latest cp311)",
                "wheelhouse.demo.cacheRuns", "7"));

        assertEquals("dev/wheelhouse/test-1", options.prefsNode());
        assertEquals(Path.of("/tmp/wh-data"), options.dataDir());
        assertEquals(Path.of("/tmp/wh-cache/logs"), options.cacheDir());
        assertEquals(300, options.sandbox().speed());
        assertEquals(2, options.sandbox().failures().size());
        assertTrue(options.sandbox().flaky());
        assertEquals(Optional.of(Path.of("release.yml")), options.open());
        assertEquals(new LaunchOptions.DemoOptions(true, Optional.of("build wheels (macos-latest cp311)"), 7),
                options.demo());
    }

    @Test
    void theEnvironmentNamesTheFoldersWhenNoPropertyDoes() {
        LaunchOptions options = LaunchOptions.parse(LINUX,
                Map.of("WHEELHOUSE_DATA_DIR", "/data", "WHEELHOUSE_CACHE_DIR", "/cache"));

        assertEquals(Path.of("/data"), options.dataDir());
        assertEquals(Path.of("/cache/logs"), options.cacheDir());
    }

    @Test
    void aValueThatCannotBeUsedNamesItsOption() {
        IllegalArgumentException speed = assertThrows(IllegalArgumentException.class,
                () -> parse(Map.of("wheelhouse.sandbox.speed", "fast")));
        assertTrue(speed.getMessage().startsWith("wheelhouse.sandbox.speed"), speed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("wheelhouse.sandbox.speed", "0")));
        IllegalArgumentException runs = assertThrows(IllegalArgumentException.class,
                () -> parse(Map.of("wheelhouse.demo.cacheRuns", "-1")));
        assertTrue(runs.getMessage().startsWith("wheelhouse.demo.cacheRuns"), runs.getMessage());
    }
}
