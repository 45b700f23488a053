package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one build step of a job will produce.
 *
 * @param stepIndex     the step's position in the job, from 0
 * @param stepLabel     the step as the maintainer knows it (its name, or what it uses)
 * @param tool          the tool the step runs
 * @param condition     the step's {@code if:}, when it only runs sometimes
 * @param determination how far the wheels are known
 * @param identifiers   the wheels, in build order, when known
 * @param explanations  why the list is what it is, or why it cannot be known; one line each
 * @param release       the cibuildwheel version the step pins (or the one assumed)
 * @param options       the options cibuildwheel selects with, with their sources, once resolved
 * @param maturin       what a maturin step says about its wheels
 * @param projectConfigRead whether the repository's {@code pyproject.toml} was at hand (read, or known
 *                      to be absent); when false the list ignores {@code [tool.cibuildwheel]} and
 *                      {@code requires-python}
 */
public record BuildStepPlan(int stepIndex, String stepLabel, Tool tool, Optional<String> condition,
                            Determination determination, List<BuildIdentifier> identifiers,
                            List<String> explanations, Optional<CibuildwheelRelease> release,
                            Optional<CibuildwheelOptions> options, Optional<MaturinBuild> maturin,
                            boolean projectConfigRead) {

    public enum Tool { CIBUILDWHEEL, MATURIN }

    public enum Determination {
        /** The identifiers are exactly what cibuildwheel will build. */
        KNOWN,
        /** cibuildwheel would stop with an error (bad option, nothing selected); the explanation says which. */
        FAILS,
        /** Something the plan depends on is not known here (runner, an unevaluated expression, maturin's choice). */
        UNKNOWN,
        /** A platform Wheelhouse does not predict (iOS, Android, Pyodide, cibuildwheel 2.x). */
        NOT_MODELED
    }

    public BuildStepPlan {
        Objects.requireNonNull(stepLabel, "stepLabel");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(determination, "determination");
        identifiers = List.copyOf(identifiers);
        explanations = List.copyOf(explanations);
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(maturin, "maturin");
    }

    /** The first explanation, for a one-line status. */
    public String reason() {
        return explanations.isEmpty() ? "" : explanations.get(0);
    }
}
