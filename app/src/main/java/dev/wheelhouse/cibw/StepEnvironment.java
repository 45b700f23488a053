package dev.wheelhouse.cibw;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a step runs with (the workflow's, the job's and the step's {@code env} merged, the
 * nearer level winning), remembering the level each variable came from, so a plan can say
 * {@code CIBW_BUILD (step env)}.
 *
 * @param values  the variables the step sees
 * @param origins for each variable, the level that set it: {@code workflow env}, {@code job env},
 *                {@code step env}; absent when not known
 */
public record StepEnvironment(Map<String, String> values, Map<String, String> origins) {

    public StepEnvironment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        origins = Map.copyOf(origins);
    }

    /** The step's environment in a job. */
    public static StepEnvironment of(RenderedJob job, RenderedStep step) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        put(values, origins, job.workflowEnv(), "workflow env");
        put(values, origins, job.jobEnv(), "job env");
        put(values, origins, step.env(), "step env");
        return new StepEnvironment(values, origins);
    }

    /** Variables whose level is not known (a script's own environment, tests). */
    public static StepEnvironment unattributed(Map<String, String> values) {
        return new StepEnvironment(values, Map.of());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A variable as a source: {@code CIBW_ARCHS_MACOS (step env)}. */
    public String describe(String name) {
        String origin = origins.get(name);
        return origin == null ? name : name + " (" + origin + ")";
    }

    private static void put(Map<String, String> values, Map<String, String> origins, Map<String, String> level,
                            String origin) {
        level.forEach((name, value) -> {
            values.put(name, value);
            origins.put(name, origin);
        });
    }
}
