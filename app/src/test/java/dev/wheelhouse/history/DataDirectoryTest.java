package dev.wheelhouse.history;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataDirectoryTest {

    private static final String HOME = "/home/ada";

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertEquals(Path.of("/data/wheelhouse"),
                DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data"), null, "Linux", HOME));
        assertEquals(Path.of(HOME, ".local/share/wheelhouse"), DataDirectory.resolve(Map.of(), null, "Linux", HOME));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecSays() {
        assertEquals(Path.of(HOME, ".local/share/wheelhouse"),
                DataDirectory.resolve(Map.of("XDG_DATA_HOME", "data"), null, "Linux", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "Wheelhouse"),
                DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data"), null, "Mac OS X", HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming", "Wheelhouse"),
                DataDirectory.resolve(Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), null, "Windows 11", HOME));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "Wheelhouse"),
                DataDirectory.resolve(Map.of(), null, "Windows 11", HOME));
    }

    @Test
    void thePropertyThenTheEnvironmentOverrideThePlatformDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV_OVERRIDE, "/env/dir", "XDG_DATA_HOME", "/data");
        assertEquals(Path.of("/prop/dir"), DataDirectory.resolve(env, "/prop/dir", "Linux", HOME));
        assertEquals(Path.of("/env/dir"), DataDirectory.resolve(env, null, "Linux", HOME));
        assertEquals(Path.of("/env/dir"), DataDirectory.resolve(env, " ", "Windows 10", HOME));
    }
}
