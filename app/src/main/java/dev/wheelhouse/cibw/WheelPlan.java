package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wheels one expanded matrix job will build, step by step, or why that cannot be known.
 *
 * @param jobId   the job's key under {@code jobs:}
 * @param jobName the rendered display name
 * @param runner  the runner its {@code runs-on} names
 * @param steps   its cibuildwheel and maturin steps, in order
 */
public record WheelPlan(String jobId, String jobName, RunnerPlatform runner, List<BuildStepPlan> steps) {

    public enum Outcome {
        /** Every build step's wheels are known. */
        KNOWN,
        /** A step that always runs would stop cibuildwheel with an error. */
        FAILS,
        /** At least one build step's wheels cannot be known here. */
        UNKNOWN,
        /** The job runs neither cibuildwheel nor maturin. */
        NO_BUILD_STEP
    }

    public WheelPlan {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(runner, "runner");
        steps = List.copyOf(steps);
    }

    public Outcome outcome() {
        if (steps.isEmpty()) {
            return Outcome.NO_BUILD_STEP;
        }
        boolean fails = steps.stream().anyMatch(s -> s.condition().isEmpty()
                && s.determination() == BuildStepPlan.Determination.FAILS);
        if (fails) {
            return Outcome.FAILS;
        }
        boolean allKnown = steps.stream().allMatch(s -> s.determination() == BuildStepPlan.Determination.KNOWN
                || s.determination() == BuildStepPlan.Determination.FAILS);
        return allKnown ? Outcome.KNOWN : Outcome.UNKNOWN;
    }

    /** The wheels of the known steps that always run, in build order, without repeats. */
    public List<BuildIdentifier> wheels() {
        return collect(false);
    }

    /** The wheels of known steps that run only under their {@code if:}. */
    public List<BuildIdentifier> conditionalWheels() {
        return collect(true);
    }

    /** One line for the grid: the wheels, or why they are not known. */
    public String summary() {
        switch (outcome()) {
            case NO_BUILD_STEP:
                return "no cibuildwheel or maturin step";
            case FAILS:
                return "cibuildwheel would fail: " + firstReason(BuildStepPlan.Determination.FAILS);
            case UNKNOWN:
                return "wheels unknown: " + firstUnknownReason();
            default:
                break;
        }
        List<BuildIdentifier> wheels = wheels();
        String text = wheels.size() + (wheels.size() == 1 ? " wheel" : " wheels")
                + (wheels.isEmpty() ? "" : ": " + wheels.stream().map(BuildIdentifier::toString)
                .collect(Collectors.joining(", ")));
        int conditional = conditionalWheels().size();
        return conditional == 0 ? text : text + " (+" + conditional + " from conditional steps)";
    }

    private List<BuildIdentifier> collect(boolean conditional) {
        Set<BuildIdentifier> wheels = new LinkedHashSet<>();
        for (BuildStepPlan step : steps) {
            if (step.determination() == BuildStepPlan.Determination.KNOWN
                    && step.condition().isPresent() == conditional) {
                wheels.addAll(step.identifiers());
            }
        }
        if (conditional) {
            wheels.removeAll(collect(false));
        }
        return List.copyOf(new ArrayList<>(wheels));
    }

    private String firstReason(BuildStepPlan.Determination determination) {
        return steps.stream().filter(s -> s.determination() == determination && s.condition().isEmpty())
                .map(BuildStepPlan::reason).findFirst().orElse("");
    }

    private String firstUnknownReason() {
        return steps.stream().filter(s -> s.determination() == BuildStepPlan.Determination.UNKNOWN
                        || s.determination() == BuildStepPlan.Determination.NOT_MODELED)
                .map(BuildStepPlan::reason).findFirst().orElse("");
    }
}
