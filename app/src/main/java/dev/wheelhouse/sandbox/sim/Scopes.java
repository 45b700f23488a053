package dev.wheelhouse.sandbox.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * The Actions-cache key prefixes a wheel job's sccache entries live under: one per runner and
 * matrix cell (its own), and one per runner that every cell on it shares (dependency crates do
 * not depend on the Python version).
 */
public final class Scopes {

    private Scopes() {
    }

    public static String own(PlannedJob job) {
        StringBuilder key = new StringBuilder(shared(job));
        Map<String, String> rest = new TreeMap<>(job.matrix());
        rest.values().removeAll(job.runsOn());
        rest.values().forEach(v -> key.append(sanitize(v)).append('-'));
        return key.toString();
    }

    public static String shared(PlannedJob job) {
        return "sccache-" + sanitize(String.join("-", job.runsOn())) + "-";
    }

    private static String sanitize(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
