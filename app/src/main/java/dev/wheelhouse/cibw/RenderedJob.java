package dev.wheelhouse.cibw;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job of one expanded matrix combination, with expressions already evaluated: what
 * {@link WheelPlanner} needs, independent of how the workflow was parsed.
 *
 * @param jobId       the job's key under {@code jobs:}
 * @param name        the rendered display name, e.g. {@code build wheels (macos-latest cp310)}
 * @param runsOn      the rendered {@code runs-on} labels; one entry with {@code ${{ }}} when it could not be evaluated
 * @param workflowEnv the workflow's {@code env:}, rendered
 * @param jobEnv      the job's {@code env:}, rendered
 * @param steps       the job's steps, in order
 */
public record RenderedJob(String jobId, String name, List<String> runsOn, Map<String, String> workflowEnv,
                          Map<String, String> jobEnv, List<RenderedStep> steps) {

    public RenderedJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        runsOn = List.copyOf(runsOn);
        workflowEnv = Collections.unmodifiableMap(new LinkedHashMap<>(workflowEnv));
        jobEnv = Collections.unmodifiableMap(new LinkedHashMap<>(jobEnv));
        steps = List.copyOf(steps);
    }

    /** A job whose environment is given as one map, its level unknown (read as the job's). */
    public RenderedJob(String jobId, String name, List<String> runsOn, Map<String, String> env,
                       List<RenderedStep> steps) {
        this(jobId, name, runsOn, Map.of(), env, steps);
    }

    /** The workflow's and the job's {@code env} merged, the job's winning. */
    public Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>(workflowEnv);
        env.putAll(jobEnv);
        return Collections.unmodifiableMap(env);
    }
}
