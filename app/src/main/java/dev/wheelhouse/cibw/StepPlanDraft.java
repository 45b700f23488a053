package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plan of one cibuildwheel step while it is being worked out. */
final class StepPlanDraft {

    private final RenderedStep step;
    private final boolean projectConfigRead;
    private final List<String> explanations = new ArrayList<>();
    private Optional<CibuildwheelRelease> release = Optional.empty();
    private Optional<CibuildwheelOptions> options = Optional.empty();
    private List<BuildIdentifier> identifiers = List.of();
    private BuildStepPlan.Determination determination = BuildStepPlan.Determination.KNOWN;

    StepPlanDraft(RenderedStep step, boolean projectConfigRead) {
        this.step = step;
        this.projectConfigRead = projectConfigRead;
    }

    void release(CibuildwheelRelease pinned) {
        release = Optional.of(pinned);
    }

    void options(CibuildwheelOptions resolved) {
        options = Optional.of(resolved);
    }

    void identifiers(List<BuildIdentifier> selected) {
        identifiers = List.copyOf(selected);
    }

    void note(String line) {
        if (!explanations.contains(line)) {
            explanations.add(line);
        }
    }

    /** Puts the line first: the plan's one-line reason. */
    void lead(String line) {
        explanations.add(0, line);
    }

    void stopWith(BuildStepPlan.Determination outcome, String reason) {
        determination = outcome;
        identifiers = List.of();
        explanations.add(0, reason);
    }

    BuildStepPlan stop(BuildStepPlan.Determination outcome, String reason) {
        stopWith(outcome, reason);
        return build();
    }

    BuildStepPlan build() {
        return new BuildStepPlan(step.index(), step.label(), BuildStepPlan.Tool.CIBUILDWHEEL, step.condition(),
                determination, identifiers, explanations, release, options, Optional.empty(), projectConfigRead);
    }
}
