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
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.logs.StepSpan;
import dev.wheelhouse.runs.api.ActionsCalls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads why each failed job of a run failed: the job's annotations and steps from the API, its log
 * streamed from the download (GitHub's 302 to the blob host, without the token) through one
 * {@link FailureReader} pass. A job whose log is gone (expired, or never written) is read from its
 * annotations alone. Thread-safe; blocking.
 */
public final class RunFailureReader {

    /** Conclusions of a job that did not succeed for a reason worth reading. */
    private static final Set<String> FAILED = Set.of("failure", "timed_out", "cancelled", "startup_failure");

    private final GitHubClient client;
    private final ActionsCalls calls;
    private final FailureReader reader = new FailureReader();

    public RunFailureReader(GitHubClient client) {
        this.client = client;
        this.calls = new ActionsCalls(client);
    }

    /** The jobs of the run's latest attempt, every page. */
    public List<Job> jobs(RepositoryRef repo, long runId) {
        List<Job> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Job> jobs = calls.jobs(repo, runId, page).value().jobs();
            all.addAll(jobs);
            if (jobs.size() < ActionsCalls.JOBS_PER_PAGE) {
                return List.copyOf(all);
            }
        }
    }

    /** Why each failed job of the run's latest attempt failed, in the order the API lists the jobs. */
    public List<JobFailures> read(RepositoryRef repo, long runId) {
        List<JobFailures> out = new ArrayList<>();
        for (Job job : jobs(repo, runId)) {
            if (failed(job)) {
                out.add(read(repo, job));
            }
        }
        return out;
    }

    /** Why one job failed (or, for a job that did not, what its log shows). */
    public JobFailures read(RepositoryRef repo, Job job) {
        JobHints hints = new JobHints(annotations(repo, job), steps(job));
        try (InputStream log = client.jobLog(repo, job.id())) {
            return new JobFailures(job.id(), job.name(), reader.read(log, hints), null, hints.annotations());
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.NOT_FOUND && e.status() != 410) {
                throw e;
            }
            return new JobFailures(job.id(), job.name(), annotationsOnly(hints), "its log is no longer kept by GitHub",
                    hints.annotations());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the log of job " + job.id(), e);
        }
    }

    public static boolean failed(Job job) {
        return job.conclusion() != null && FAILED.contains(job.conclusion());
    }

    /** The job's steps as the log reader names them. */
    public static List<StepSpan> steps(Job job) {
        return job.steps().stream()
                .map(s -> new StepSpan(s.name(), s.number(), s.conclusion(), s.startedAt(), s.completedAt()))
                .toList();
    }

    private List<Annotation> annotations(RepositoryRef repo, Job job) {
        List<Annotation> out = new ArrayList<>();
        for (CheckRunAnnotation a : calls.annotations(repo, checkRunId(job))) {
            if (a.message() != null && a.annotationLevel() != null) {
                out.add(new Annotation(a.annotationLevel(), a.path(), a.startLine(), a.title(), a.message()));
            }
        }
        return out;
    }

    private FailureReport annotationsOnly(JobHints hints) {
        try {
            return reader.read(InputStream.nullInputStream(), hints);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job's check run: the id its {@code check_run_url} ends in (on GitHub the job's own id). */
    static long checkRunId(Job job) {
        String url = job.checkRunUrl();
        if (url != null) {
            try {
                return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            } catch (NumberFormatException e) {
                // fall through: GitHub gives the job's id to its check run
            }
        }
        return job.id();
    }
}
