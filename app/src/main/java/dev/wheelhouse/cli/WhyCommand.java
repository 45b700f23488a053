package dev.wheelhouse.cli;

import dev.wheelhouse.failures.FailureGroups;
import dev.wheelhouse.failures.FailureReader;
import dev.wheelhouse.failures.FailureReport;
import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.failures.RunFailureReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code why LOG… [--json]} and {@code why --repo O/R --run ID [--api URL] [--json]}: why each
 * log's job, or each failed job of a run, failed: class, step, key line, file:line, what to do.
 */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = {"Say why a job failed: from downloaded job logs, or from every failed job of a run.",
                "For each: the class of failure (compile-error, test-failure, repair-failed, ...), the step, the key "
                        + "line (its number and text), the compiler's file:line, and what to do next.",
                "For a run the token comes from GH_TOKEN/GITHUB_TOKEN (GH_ENTERPRISE_TOKEN/GITHUB_ENTERPRISE_TOKEN "
                        + "for another host or the sandbox), the GitHub CLI, or Settings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every log or job was read (whatever failed in them)",
                "1:GitHub could not be asked (network, rate limit, server error)",
                "2:a file could not be read or is no regular file (the others are still reported), no such run, "
                        + "no token, or bad arguments"})
public final class WhyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "LOG", arity = "0..*", description = "Downloaded job logs (offline).")
    private List<Path> logs = List.of();

    @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "The repository of --run.")
    private String repo;

    @Option(names = "--run", paramLabel = "ID", description = "A workflow run: every failed job of its latest attempt.")
    private Long runId;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://api.github.com",
            description = "The API root (GitHub Enterprise: https://HOST/api/v3). Default: ${DEFAULT-VALUE}.")
    private String api;

    @Option(names = "--json", description = "Print JSON (the format documented in the README).")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final ApiAccess access;

    public WhyCommand() {
        this(ApiAccess.system());
    }

    WhyCommand(ApiAccess access) {
        this.access = access;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean runMode = repo != null || runId != null;
        if (runMode && !logs.isEmpty()) {
            return usage("give either log files or --repo and --run, not both");
        }
        if (runMode && (repo == null || runId == null)) {
            return usage(repo == null ? "--run needs --repo OWNER/NAME" : "--repo needs --run ID");
        }
        if (!runMode && logs.isEmpty()) {
            return usage("give job log files, or --repo OWNER/NAME --run ID");
        }
        int exit = runMode ? run(out) : files(out, err);
        out.flush();
        err.flush();
        return exit;
    }

    private int files(PrintWriter out, PrintWriter err) {
        FailureReader reader = new FailureReader();
        List<WhyEntry> entries = new ArrayList<>();
        int exit = 0;
        for (Path log : logs) {
            try {
                FailureReport report = reader.read(log);
                entries.add(new WhyEntry(log.toString(), 0, report, null));
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                err.println(LogFileProblem.describe("why", log, cause));
                exit = 2;
            }
        }
        if (json) {
            out.println(WhyJson.files(entries));
        } else {
            WhyText.print(entries, List.of(), out);
        }
        return exit;
    }

    private int run(PrintWriter out) {
        if (runId <= 0) {
            return usage("--run takes the run's id, a positive number");
        }
        try {
            RepositoryRef repository;
            try {
                repository = RepositoryRef.parse(repo);
            } catch (IllegalArgumentException e) {
                throw new ApiAccess.Refused(e.getMessage(), 2);
            }
            GitHubClient client = access.connect(api);
            List<JobFailures> jobs;
            try {
                jobs = new RunFailureReader(client).read(repository, runId);
            } catch (GitHubException e) {
                throw ApiAccess.refused(e);
            } catch (UncheckedIOException e) {
                throw new ApiAccess.Refused("the log download broke off: " + e.getCause().getMessage()
                        + "; try again", 1);
            }
            List<WhyEntry> entries = jobs.stream()
                    .map(j -> new WhyEntry(j.jobName(), j.jobId(), j.report(), j.logProblem())).toList();
            if (json) {
                out.println(WhyJson.jobs(entries, FailureGroups.of(jobs)));
            } else if (entries.isEmpty()) {
                out.println("No job of run " + runId + " failed.");
            } else {
                WhyText.print(entries, FailureGroups.of(jobs), out);
            }
            return 0;
        } catch (ApiAccess.Refused e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        }
    }

    private int usage(String message) {
        return ErrorLine.print(spec, message + ".", 2);
    }
}
