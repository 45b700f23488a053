package dev.wheelhouse.sandbox.sim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One job of a planned run: a plain job, or one cell of an expanded matrix.
 *
 * @param jobId     the key under {@code jobs:} (shared by every cell of a matrix)
 * @param name      the display name GitHub gives it, e.g. {@code build wheels (macos-latest cp312)}
 * @param needs     the job ids it waits for
 * @param condition its {@code if:}
 * @param runsOn    the runner labels, e.g. {@code [ubuntu-24.04-arm]}
 * @param matrix    the matrix cell's values, empty for a plain job
 * @param steps     its steps in order
 */
public record PlannedJob(String jobId, String name, List<String> needs, Condition condition,
                         List<String> runsOn, Map<String, String> matrix, List<PlannedStep> steps) {

    public PlannedJob {
        Objects.requireNonNull(jobId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(condition);
        needs = List.copyOf(needs);
        runsOn = List.copyOf(runsOn);
        matrix = Map.copyOf(matrix);
        steps = List.copyOf(steps);
    }

    public RunnerOs os() {
        return RunnerOs.of(runsOn);
    }

    /** Whether sccache wraps this job's compiler ({@code mozilla-actions/sccache-action}). */
    public boolean usesSccache() {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.SETUP_SCCACHE);
    }

    public boolean buildsWheels() {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.BUILD_WHEELS);
    }

    /**
     * cibuildwheel compiles Linux wheels inside a manylinux container, where the host's sccache
     * server never sees a compile: the host's stats read zero.
     */
    public boolean compilesInContainer() {
        return os().isLinux() && steps.stream().anyMatch(s -> s.kind() == StepKind.BUILD_WHEELS
                && s.uses() != null && s.uses().startsWith("pypa/cibuildwheel@"));
    }
}
