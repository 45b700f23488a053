package dev.wheelhouse.cibw;

import dev.wheelhouse.workflow.JobNameRenderer;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixExpander;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The wheels of a workflow job's matrix: each expanded job rendered with its combination and
 * planned. What the matrix editor shows under each cell and a run view shows per job.
 */
public final class WorkflowWheels {

    private final WheelPlanner planner;

    public WorkflowWheels(WheelPlanner planner) {
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * One plan per job the matrix creates, in GitHub's order, for a push to a branch. Empty when
     * the matrix is dynamic or has errors: its {@link MatrixExpansion} says why.
     */
    public List<WheelPlan> plan(WorkflowDocument document, WorkflowJob job) {
        MatrixExpansion expansion = job.matrix()
                .map(spec -> MatrixExpander.expand(spec, ExpressionContext.pushToBranch()))
                .orElseGet(MatrixExpansion::withoutMatrix);
        return plan(document, job, expansion);
    }

    /** One plan per job of an expansion the caller already has (the grid keeps one per edit). */
    public List<WheelPlan> plan(WorkflowDocument document, WorkflowJob job, MatrixExpansion expansion) {
        if (expansion.dynamic() || expansion.hasErrors()) {
            return List.of();
        }
        List<String> names = JobNameRenderer.names(job, expansion);
        WorkflowJobRenderer renderer = new WorkflowJobRenderer(document);
        List<WheelPlan> plans = new ArrayList<>();
        int total = expansion.jobs().size();
        for (int i = 0; i < total; i++) {
            MatrixCombination combination = expansion.jobs().get(i);
            plans.add(planner.plan(renderer.render(job, combination, i, total, names.get(i))));
        }
        return List.copyOf(plans);
    }
}
