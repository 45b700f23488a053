package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out, for one expanded matrix job, which wheels each of its build steps will produce:
 * cibuildwheel steps exactly (identifiers), maturin steps as far as their inputs say.
 */
public final class WheelPlanner {

    private final ProjectFiles files;
    private final CibuildwheelStepPlanner cibuildwheel;

    /** @param files the repository's files, for {@code pyproject.toml}; {@link ProjectFiles#none()} if not at hand */
    public WheelPlanner(ProjectFiles files) {
        this.files = Objects.requireNonNull(files, "files");
        this.cibuildwheel = new CibuildwheelStepPlanner(files);
    }

    /** The plan of one rendered job. */
    public WheelPlan plan(RenderedJob job) {
        RunnerPlatform runner = RunnerPlatform.forLabels(job.runsOn());
        List<BuildStepPlan> steps = new ArrayList<>();
        Optional<CibuildwheelRelease> installed = Optional.empty();
        for (RenderedStep step : job.steps()) {
            StepEnvironment env = StepEnvironment.of(job, step);
            if (InvocationReader.isAction(step)) {
                steps.add(cibuildwheel.plan(step, InvocationReader.fromAction(step), env, runner));
            } else if (MaturinBuild.isAction(step)) {
                MaturinBuild maturin = MaturinBuild.fromStep(step, runner);
                if (maturin.buildsWheels()) {
                    steps.add(maturinPlan(step, maturin, runner));
                }
            } else if (step.run().isPresent()) {
                String script = step.run().get();
                for (CibuildwheelInvocation invocation : InvocationReader.fromScript(script, installed)) {
                    if (!invocation.printOnly()) {
                        steps.add(cibuildwheel.plan(step, invocation, env, runner));
                    }
                }
                for (MaturinBuild maturin : MaturinBuild.fromScript(script, runner)) {
                    steps.add(maturinPlan(step, maturin, runner));
                }
                Optional<CibuildwheelRelease> before = installed;
                installed = InvocationReader.pinnedVersion(script).or(() -> requirementsPin(script)).or(() -> before);
            }
        }
        return new WheelPlan(job.jobId(), job.name(), runner, steps);
    }

    public ProjectFiles files() {
        return files;
    }

    /** The cibuildwheel version pinned in a requirements file the script installs, when the clone has it. */
    private Optional<CibuildwheelRelease> requirementsPin(String script) {
        for (String file : InvocationReader.requirementFiles(script)) {
            String path = file.replace('\\', '/').replaceFirst("^\\./", "");
            Optional<CibuildwheelRelease> pin = files.read(path).flatMap(InvocationReader::pinnedVersion);
            if (pin.isPresent()) {
                return pin;
            }
        }
        return Optional.empty();
    }

    private BuildStepPlan maturinPlan(RenderedStep step, MaturinBuild maturin, RunnerPlatform runner) {
        List<String> explanations = new ArrayList<>();
        explanations.add("maturin chooses the wheel tags itself; " + maturin.describe());
        if (!runner.known() && maturin.target().isEmpty()) {
            explanations.add(runner.describe());
        }
        return new BuildStepPlan(step.index(), step.label(), BuildStepPlan.Tool.MATURIN, step.condition(),
                BuildStepPlan.Determination.UNKNOWN, List.of(), explanations, Optional.empty(), Optional.empty(),
                Optional.of(maturin), files.available());
    }
}
