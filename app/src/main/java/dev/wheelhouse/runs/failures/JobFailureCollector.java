package dev.wheelhouse.runs.failures;

import dev.wheelhouse.failures.Annotation;
import dev.wheelhouse.failures.FailureReader;
import dev.wheelhouse.failures.FailureReport;
import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.failures.JobHints;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.logs.StepSpan;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.stats.LogCache;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Reads why a failed job of a watched run failed, in the background: its annotations (one small
 * request) and its log, from the {@link LogCache} when the stats reader already fetched it, else
 * downloaded once and kept there (the log viewer opens it from the cache too). The result goes to
 * the caller's callback on the executor's thread. A read that failed for a passing reason gives a
 * report with the problem, which a later poll may ask again.
 */
public final class JobFailureCollector {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.runs");

    private final GitHubClient client;
    private final ActionsCalls calls;
    private final LogCache logs;
    private final Executor executor;
    private final FailureReader reader = new FailureReader();

    public JobFailureCollector(GitHubClient client, LogCache logs, Executor executor) {
        this.client = client;
        this.calls = new ActionsCalls(client);
        this.logs = logs;
        this.executor = executor;
    }

    /** Reads {@code job}'s failure in the background and hands it to {@code done}. */
    public void collect(RepositoryRef repo, JobSnapshot job, Consumer<JobFailures> done) {
        try {
            executor.execute(() -> done.accept(read(repo, job)));
        } catch (RejectedExecutionException closing) {
            // The monitor is closing: nobody waits for this reason any more.
        }
    }

    /** Reads {@code job}'s failure now, on this thread. */
    public JobFailures read(RepositoryRef repo, JobSnapshot job) {
        try {
            JobHints hints = new JobHints(annotations(repo, job), steps(job));
            String key = LogCache.keyOf(client.endpoint().webHost(), repo, job.id());
            Optional<InputStream> cached = logs.open(key);
            if (cached.isPresent()) {
                try (InputStream in = cached.get()) {
                    return new JobFailures(job.id(), job.name(), reader.read(in, hints), null, hints.annotations());
                }
            }
            try (InputStream download = client.jobLog(repo, job.id())) {
                LogCache.Stored<FailureReport> stored = logs.store(key, download, in -> reader.read(in, hints));
                return new JobFailures(job.id(), job.name(), stored.result(), stored.cutShort()
                        ? "the log's download broke off; the reason comes from the part that arrived" : null,
                        hints.annotations());
            } catch (GitHubException e) {
                if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                    throw e;
                }
                return new JobFailures(job.id(), job.name(), reader.read(InputStream.nullInputStream(), hints),
                        "GitHub no longer keeps its log", hints.annotations());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "reading why job " + job.id() + " failed: " + e.getMessage());
            String why = e instanceof GitHubException g ? g.userMessage() : e.getMessage();
            return new JobFailures(job.id(), job.name(), empty(), "its reason could not be read (" + why + ")");
        }
    }

    /** The key the log of {@code jobId} is cached under, for the log viewer. */
    public String logKey(RepositoryRef repo, long jobId) {
        return LogCache.keyOf(client.endpoint().webHost(), repo, jobId);
    }

    public LogCache logs() {
        return logs;
    }

    /** Opens the job's log: from the cache, else downloaded into it first. The caller closes it. */
    public InputStream openLog(RepositoryRef repo, long jobId) throws IOException {
        String key = logKey(repo, jobId);
        Optional<InputStream> cached = logs.open(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        try (InputStream download = client.jobLog(repo, jobId)) {
            logs.store(key, download, in -> null);
        }
        Optional<InputStream> stored = logs.open(key);
        if (stored.isPresent()) {
            return stored.get();
        }
        // Too big to keep, or cut short: read it straight from GitHub.
        return client.jobLog(repo, jobId);
    }

    private List<Annotation> annotations(RepositoryRef repo, JobSnapshot job) {
        List<Annotation> out = new ArrayList<>();
        try {
            for (CheckRunAnnotation a : calls.annotations(repo, job.checkRunId())) {
                if (a.message() != null && a.annotationLevel() != null) {
                    out.add(new Annotation(a.annotationLevel(), a.path(), a.startLine(), a.title(), a.message()));
                }
            }
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.NOT_FOUND && e.kind() != GitHubException.Kind.PERMISSION) {
                throw e;
            }
        }
        return out;
    }

    private static List<StepSpan> steps(JobSnapshot job) {
        return job.steps().stream()
                .map(s -> new StepSpan(s.name(), s.number(), s.conclusion(), s.startedAt(), s.completedAt()))
                .toList();
    }

    private FailureReport empty() {
        try {
            return reader.read(InputStream.nullInputStream(), JobHints.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("an empty stream cannot fail", e);
        }
    }
}
