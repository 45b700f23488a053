package dev.wheelhouse.cli;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.release.CheckProgress;
import dev.wheelhouse.release.ReleaseCheck;
import dev.wheelhouse.release.ReleaseCheckException;
import dev.wheelhouse.release.ReleaseReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code release check --repo R --run ID [--project DIR] [--json] [--api URL]}: what the run's jobs were meant to
 * build, what their artifacts hold, what the publish job would upload, and the findings.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compare the wheels and sdist a run produced (its artifacts, read without unpacking) with what "
                + "its workflow plans, and with what its publish job would upload."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing is missing or wrong (warnings may be printed)",
                "1:a finding is open",
                "2:bad arguments, no token, or the run, its workflow or GitHub could not be read"})
final class ReleaseCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions run;

    @Option(names = "--project", paramLabel = "DIR",
            description = "A clone to read pyproject.toml from (default: the files at the run's commit).")
    private Path project;

    @Option(names = "--json", description = "Print the report as JSON (see the README).")
    private boolean json;

    private final ClientSetup setup;

    ReleaseCheckCommand(ClientSetup setup) {
        this.setup = setup;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Optional<ProjectFiles> files = Optional.empty();
            if (project != null) {
                if (!Files.isDirectory(project)) {
                    throw CommandFailure.usage("--project " + project + " is not a folder.");
                }
                files = Optional.of(ProjectFiles.ofDirectory(project));
            }
            Connection connection = run.open(setup);
            ReleaseReport report = new ReleaseCheck(connection.release(), setup.options().clock())
                    .check(run.runId, files, CheckProgress.NONE);
            out.print(json ? ReleaseJson.of(report) : ReleaseText.of(report));
            out.flush();
            return report.ready() ? 0 : 1;
        } catch (CommandFailure e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        } catch (ReleaseCheckException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        } catch (GitHubException e) {
            return ErrorLine.print(spec, e.userMessage(), 2);
        } catch (UncheckedIOException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        }
    }

}
