package dev.wheelhouse.ui.common;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Settings are written when they change, and only then (a write locks and rewrites a file). */
class AppSettingsTest {

    /** Preferences in memory that count how often they are written out. */
    private static final class CountingPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();
        private int writes;

        CountingPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new AssertionError("the settings make no child nodes");
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
            writes++;
        }
    }

    private final CountingPreferences node = new CountingPreferences();
    private final AppSettings settings = new AppSettings(node);

    @Test
    void aChangedValueIsWrittenAndKept() {
        settings.putBoolean("connection.github", true);
        settings.put("connection.repository", "wheelhouse-demo/satkit");
        assertEquals(2, node.writes);
        assertEquals(true, settings.getBoolean("connection.github", false));
        assertEquals("wheelhouse-demo/satkit", settings.get("connection.repository", ""));
    }

    @Test
    void anUnchangedValueIsNotWrittenAgain() {
        settings.putBoolean("connection.github", false);
        settings.putBoolean("connection.github", false);
        settings.put("connection.repository", "wheelhouse-demo/satkit");
        settings.put("connection.repository", "wheelhouse-demo/satkit");
        assertEquals(2, node.writes);
        settings.putBoolean("connection.github", true);
        assertEquals(3, node.writes);
    }
}
