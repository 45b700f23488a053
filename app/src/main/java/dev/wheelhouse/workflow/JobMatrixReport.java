package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a view or command shows about one job's matrix: the expansion, the display names
 * and every problem that concerns the job (matrix errors and warnings, undefined
 * {@code matrix.x} uses, file-level problems inside the job), sorted by position.
 */
public record JobMatrixReport(WorkflowJob job, MatrixExpansion expansion, List<String> names,
                              List<Problem> problems) {

    public JobMatrixReport {
        names = List.copyOf(names);
        problems = List.copyOf(problems);
    }

    public static JobMatrixReport of(WorkflowDocument document, WorkflowJob job, ExpressionContext context) {
        MatrixExpansion expansion = job.matrix()
                .map(spec -> MatrixExpander.expand(spec, context))
                .orElseGet(MatrixExpansion::withoutMatrix);
        List<String> names = JobNameRenderer.names(job, expansion, context);
        List<Problem> problems = new ArrayList<>(expansion.problems());
        problems.addAll(MatrixLint.undefinedMatrixKeys(job, document.source()));
        int firstLine = job.keyNode().span().line();
        int lastLine = document.source().lineOf(Math.max(job.node().contentEnd() - 1, job.node().span().start())) + 1;
        for (Problem p : document.problems()) {
            if (p.line() >= firstLine && p.line() <= lastLine) {
                problems.add(p);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new JobMatrixReport(job, expansion, names, problems);
    }

    /** Reports for every job with a matrix, in document order, for a push to a branch. */
    public static List<JobMatrixReport> forMatrixJobs(WorkflowDocument document) {
        ExpressionContext context = ExpressionContext.pushToBranch();
        return document.matrixJobs().stream().map(j -> of(document, j, context)).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
