package dev.wheelhouse.cli;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.logs.LineFilter;
import dev.wheelhouse.logs.LogReader;
import dev.wheelhouse.logs.StepBoundaries;
import dev.wheelhouse.logs.StepSpan;
import dev.wheelhouse.runs.failures.RunFailureReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code logs --repo O/R --run ID [--job NAME|ID] [--failed] [--api URL]}: job logs as
 * {@code gh run view --log} prints them, one line per log line: job name, step name, the line.
 * Streamed from the download line by line; a log is never held whole.
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Print the logs of a run's jobs as 'gh run view --log' does: job, step and line, tab-separated.",
                "The token comes from GH_TOKEN/GITHUB_TOKEN (GH_ENTERPRISE_TOKEN/GITHUB_ENTERPRISE_TOKEN for another "
                        + "host or the sandbox), the GitHub CLI, or Settings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the logs were printed",
                "1:GitHub could not be asked, or a log download broke off",
                "2:no such run or job, no token, or bad arguments"})
public final class LogsCommand implements Callable<Integer> {

    /** What gh prints for a line its step cannot be told of. */
    static final String UNKNOWN_STEP = "UNKNOWN STEP";
    /** Every so many lines the command asks whether anyone still reads its output; asking flushes it. */
    private static final int CHECK_EVERY_LINES = 2048;

    @Option(names = "--repo", required = true, paramLabel = "OWNER/NAME", description = "The repository.")
    private String repo;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The run id (the number in its URL).")
    private long runId;

    @Option(names = "--job", paramLabel = "NAME|ID", description = "Only this job (its name or id).")
    private String job;

    @Option(names = "--failed", description = "Only the failed steps of failed jobs.")
    private boolean failed;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://api.github.com",
            description = "The API root (GitHub Enterprise: https://HOST/api/v3). Default: ${DEFAULT-VALUE}.")
    private String api;

    @Spec
    private CommandSpec spec;

    private final ApiAccess access;

    public LogsCommand() {
        this(ApiAccess.system());
    }

    LogsCommand(ApiAccess access) {
        this.access = access;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (runId <= 0) {
                throw new ApiAccess.Refused("--run takes the run's id, a positive number.", 2);
            }
            RepositoryRef repository;
            try {
                repository = RepositoryRef.parse(repo);
            } catch (IllegalArgumentException e) {
                throw new ApiAccess.Refused(e.getMessage(), 2);
            }
            GitHubClient client = access.connect(api);
            RunFailureReader runs = new RunFailureReader(client);
            List<Job> jobs = chosen(runs.jobs(repository, runId));
            for (Job j : jobs) {
                if (!print(client, repository, j, out)) {
                    return 1;
                }
            }
            out.flush();
            return 0;
        } catch (GitHubException e) {
            out.flush();
            ApiAccess.Refused refused = ApiAccess.refused(e);
            return ErrorLine.print(spec, refused.getMessage(), refused.exitCode());
        } catch (IOException e) {
            out.flush();
            return ErrorLine.print(spec, "the log download broke off: " + e.getMessage() + "; try again.", 1);
        } catch (ApiAccess.Refused e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        }
    }

    private List<Job> chosen(List<Job> all) throws ApiAccess.Refused {
        List<Job> jobs = all.stream()
                .filter(j -> job == null || job.equals(j.name()) || job.equals(String.valueOf(j.id())))
                .filter(j -> !failed || RunFailureReader.failed(j))
                .toList();
        if (job != null && jobs.isEmpty() && all.stream().noneMatch(j -> job.equals(j.name())
                || job.equals(String.valueOf(j.id())))) {
            throw new ApiAccess.Refused("run " + runId + " has no job '" + job + "'; its jobs: "
                    + String.join(", ", all.stream().map(Job::name).limit(8).toList())
                    + (all.size() > 8 ? ", …" : "") + ".", 2);
        }
        return jobs;
    }

    /** Prints job {@code j}'s log; false when standard output has gone (after {@code | head}), to stop downloading. */
    private boolean print(GitHubClient client, RepositoryRef repository, Job j, PrintWriter out) throws IOException {
        if (j.startedAt() == null || j.status() == null || !j.status().equals("completed")
                || "skipped".equals(j.conclusion())) {
            return true;   // as gh: a log exists once the job has run to its end, and a skipped job has none
        }
        StepBoundaries steps = new StepBoundaries(RunFailureReader.steps(j));
        try (InputStream log = client.jobLog(repository, j.id())) {
            LogReader reader = new LogReader(log, LineFilter.everyLine());
            String prefix = j.name() + "\t";
            while (reader.next()) {
                String raw = reader.raw();
                StepSpan step = steps.stepOf(raw);
                if (failed && (step == null || !step.failed())) {
                    continue;
                }
                out.append(prefix).append(step == null ? UNKNOWN_STEP : step.name()).append('\t').append(raw).append('\n');
                if (reader.number() % CHECK_EVERY_LINES == 0 && StandardOutput.gone(out, spec)) {
                    return false;
                }
            }
        }
        return !StandardOutput.gone(out, spec);
    }
}
