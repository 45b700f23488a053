package dev.wheelhouse.cli;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.cibw.WheelPlan;
import dev.wheelhouse.cibw.WheelPlanner;
import dev.wheelhouse.cibw.WorkflowWheels;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.io.WorkflowLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code wheels FILE [--job ID] [--project DIR] [--json]}: the wheels each matrix job will build. */
@Command(name = "wheels", mixinStandardHelpOptions = true,
        description = {"List the wheels each expanded job of a workflow will build (cibuildwheel build "
                + "identifiers), or why they cannot be known.",
                "Exit 0 when fine, 1 when a job's cibuildwheel settings would fail, 2 when the file cannot be read."})
public final class WheelsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file (.github/workflows/*.yml).")
    private Path file;

    @Option(names = "--job", paramLabel = "ID", description = "Only this job.")
    private String jobId;

    @Option(names = "--project", paramLabel = "DIR", description = "The repository whose pyproject.toml "
            + "configures cibuildwheel (default: the clone FILE is in, when it sits in .github/workflows).")
    private Path project;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        WorkflowDocument document;
        try {
            document = WorkflowFiles.load(file);
        } catch (WorkflowFiles.Failure e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        }
        List<WorkflowJob> jobs = document.jobs();
        if (jobId != null) {
            Optional<WorkflowJob> job = document.job(jobId);
            if (job.isEmpty()) {
                return ErrorLine.print(spec, MatrixShowCommand.noSuchJob(document, jobId, file), 2);
            }
            jobs = List.of(job.get());
        }
        Optional<Path> root = repositoryRoot();
        if (project != null && root.isEmpty()) {
            return ErrorLine.print(spec, "--project " + project + " is not a directory. "
                    + "Give the folder of the repository's clone.", 2);
        }
        WorkflowWheels wheels = new WorkflowWheels(new WheelPlanner(
                root.map(ProjectFiles::ofDirectory).orElseGet(ProjectFiles::none)));
        List<WheelPlan> plans = new ArrayList<>();
        try {
            for (WorkflowJob job : jobs) {
                plans.addAll(wheels.plan(document, job).stream()
                        .filter(p -> jobId != null || p.outcome() != WheelPlan.Outcome.NO_BUILD_STEP).toList());
            }
        } catch (UncheckedIOException e) {
            // The project's pyproject.toml could not be read (not UTF-8, not a regular file, too large).
            return ErrorLine.print(spec, root.map(Path::toString).orElse("") + ": "
                    + e.getMessage(), 2);
        }
        spec.commandLine().getOut().print(json
                ? WheelsJson.render(file.toString(), root.map(Path::toString), plans) + System.lineSeparator()
                : WheelsTable.render(file.toString(), root.isPresent(), plans));
        spec.commandLine().getOut().flush();
        return plans.stream().anyMatch(p -> p.outcome() == WheelPlan.Outcome.FAILS) ? 1 : 0;
    }

    /** {@code --project}, or the clone that holds {@code .github/workflows/FILE}. */
    private Optional<Path> repositoryRoot() {
        if (project != null) {
            return Files.isDirectory(project) ? Optional.of(project) : Optional.empty();
        }
        return WorkflowLocation.of(file).root();
    }
}
