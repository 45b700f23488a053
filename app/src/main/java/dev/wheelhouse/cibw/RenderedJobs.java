package dev.wheelhouse.cibw;

import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;

/**
 * A workflow job rendered for one matrix combination: {@code runs-on}, {@code env} and every step's
 * {@code with}, {@code env} and {@code run} evaluated (see {@link WheelPlanner} for the contexts), for code
 * that reads what a job's steps do beyond building wheels: what it uploads, whether it makes an sdist.
 */
public final class RenderedJobs {

    private RenderedJobs() {
    }

    /**
     * @param index the combination's position in the expansion, from 0 ({@code strategy.job-index})
     * @param total the number of combinations ({@code strategy.job-total})
     */
    public static RenderedJob render(WorkflowDocument document, WorkflowJob job, MatrixCombination combination,
                                     int index, int total, String displayName) {
        return new WorkflowJobRenderer(document).render(job, combination, index, total, displayName);
    }
}
