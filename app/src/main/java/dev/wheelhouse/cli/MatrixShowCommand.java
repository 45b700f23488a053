package dev.wheelhouse.cli;

import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.Problem;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code matrix show FILE [--job ID] [--json]}: the jobs GitHub creates from each matrix. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Expand every matrix job of a workflow exactly as GitHub does: combinations in "
                + "GitHub's order, display names, job count and problems.",
                "Exit 0 when fine, 1 when the workflow has errors, 2 when the file cannot be read."})
final class MatrixShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file (.github/workflows/*.yml).")
    private Path file;

    @Option(names = "--job", paramLabel = "ID", description = "Only this job (it may have no matrix).")
    private String jobId;

    @Option(names = "--json", description = "Print JSON (stable; see the README) instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        WorkflowDocument document;
        try {
            document = WorkflowFiles.load(file);
        } catch (WorkflowFiles.Failure e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        }
        List<JobMatrixReport> reports;
        if (jobId != null) {
            Optional<WorkflowJob> job = document.job(jobId);
            if (job.isEmpty()) {
                return ErrorLine.print(spec, noSuchJob(document, jobId, file), 2);
            }
            reports = List.of(JobMatrixReport.of(document, job.get(), ExpressionContext.pushToBranch()));
        } else {
            reports = JobMatrixReport.forMatrixJobs(document);
        }
        List<Problem> fileProblems = document.problems().stream()
                .filter(p -> reports.stream().noneMatch(r -> r.problems().contains(p))).toList();
        String shown = file.toString();
        spec.commandLine().getOut().print(json
                ? MatrixJson.render(shown, document.name(), reports, fileProblems) + System.lineSeparator()
                : MatrixTable.render(shown, reports, fileProblems));
        spec.commandLine().getOut().flush();
        boolean errors = !fileProblems.stream().filter(Problem::isError).toList().isEmpty()
                || reports.stream().anyMatch(JobMatrixReport::hasErrors);
        return errors ? 1 : 0;
    }

    static String noSuchJob(WorkflowDocument document, String jobId, Path file) {
        List<String> ids = document.jobs().stream().map(WorkflowJob::id).toList();
        return "No job '" + jobId + "' in " + file + ". Its jobs are: " + String.join(", ", ids) + ".";
    }
}
