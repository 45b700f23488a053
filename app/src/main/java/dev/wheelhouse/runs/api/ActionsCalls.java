package dev.wheelhouse.runs.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.wheelhouse.github.Fetched;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.github.model.JobList;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.github.model.WorkflowRunList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The Actions endpoints a run view polls and acts with, as typed calls over the client's one
 * transport ({@link GitHubClient#getJson} and {@link GitHubClient#send}: the same token rule,
 * ETag cache, retries and rate-limit state as every other call): a run and its jobs as
 * conditional GETs that say whether GitHub answered {@code 304 Not Modified}, check-run
 * annotations, a workflow's runs a page at a time, and cancel and re-run. Thread-safe.
 */
public final class ActionsCalls {

    /** Jobs per page: the API's maximum, so a 256-job matrix takes three requests, not nine. */
    public static final int JOBS_PER_PAGE = 100;
    private static final int ANNOTATIONS_PER_PAGE = 100;
    /** GitHub keeps at most 50 annotations per step; ten pages is far past any real check run. */
    private static final int MAX_ANNOTATION_PAGES = 10;

    /** Filters of a workflow's run list; an empty one is no filter. */
    public record RunQuery(Optional<String> branch, Optional<String> status, Optional<String> event) {
    }

    private final GitHubClient client;

    public ActionsCalls(GitHubClient client) {
        this.client = client;
    }

    /** {@code GET …/actions/runs/{id}}: the latest attempt. */
    public Fetched<WorkflowRun> run(RepositoryRef repo, long runId) {
        return client.getJson(base(repo) + "/actions/runs/" + runId + "?exclude_pull_requests=true",
                WorkflowRun.class, "workflow run " + runId + " in " + repo);
    }

    /** {@code GET …/actions/runs/{id}/attempts/{n}}. */
    public Fetched<WorkflowRun> runAttempt(RepositoryRef repo, long runId, int attempt) {
        return client.getJson(base(repo) + "/actions/runs/" + runId + "/attempts/" + attempt
                        + "?exclude_pull_requests=true", WorkflowRun.class,
                "attempt " + attempt + " of workflow run " + runId + " in " + repo);
    }

    /** One page (from 1) of the latest attempt's jobs, {@value #JOBS_PER_PAGE} a page. */
    public Fetched<JobList> jobs(RepositoryRef repo, long runId, int page) {
        return client.getJson(base(repo) + "/actions/runs/" + runId + "/jobs?per_page=" + JOBS_PER_PAGE + "&page=" + page,
                JobList.class, "jobs of workflow run " + runId + " in " + repo);
    }

    /** One page (from 1) of one attempt's jobs. */
    public Fetched<JobList> attemptJobs(RepositoryRef repo, long runId, int attempt, int page) {
        return client.getJson(base(repo) + "/actions/runs/" + runId + "/attempts/" + attempt + "/jobs?per_page="
                        + JOBS_PER_PAGE + "&page=" + page, JobList.class,
                "jobs of attempt " + attempt + " of workflow run " + runId + " in " + repo);
    }

    /**
     * Every annotation of a check run (a job's check run: its {@code check_run_url} ends in the id).
     * sccache-action's statistics notice is one of them.
     */
    public List<CheckRunAnnotation> annotations(RepositoryRef repo, long checkRunId) {
        List<CheckRunAnnotation> all = new ArrayList<>();
        for (int page = 1; page <= MAX_ANNOTATION_PAGES; page++) {
            List<CheckRunAnnotation> items = client.getJson(base(repo) + "/check-runs/" + checkRunId
                            + "/annotations?per_page=" + ANNOTATIONS_PER_PAGE + "&page=" + page,
                    new TypeReference<List<CheckRunAnnotation>>() { },
                    "annotations of check run " + checkRunId + " in " + repo).value();
            all.addAll(items);
            if (items.size() < ANNOTATIONS_PER_PAGE) {
                break;
            }
        }
        return List.copyOf(all);
    }

    /**
     * Forgets the conditional answers of a run (every attempt, every jobs page) and of the given
     * check runs' annotations: called when the last watcher of the run lets go of it.
     */
    public void forgetRun(RepositoryRef repo, long runId, Collection<Long> checkRunIds) {
        client.forgetAnswersUnder(base(repo) + "/actions/runs/" + runId);
        for (long checkRunId : checkRunIds) {
            client.forgetAnswersUnder(base(repo) + "/check-runs/" + checkRunId);
        }
    }

    /**
     * One page (from 1) of a workflow's runs, newest first
     * (https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow).
     *
     * @param workflow the workflow's id or file name ({@code release.yml})
     */
    public Fetched<WorkflowRunList> workflowRuns(RepositoryRef repo, String workflow, RunQuery query, int page,
                                                 int perPage) {
        StringJoiner q = new StringJoiner("&", "?", "");
        query.branch().ifPresent(b -> q.add("branch=" + encode(b)));
        query.status().ifPresent(s -> q.add("status=" + encode(s)));
        query.event().ifPresent(e -> q.add("event=" + encode(e)));
        q.add("per_page=" + Math.max(1, Math.min(100, perPage)));
        q.add("page=" + Math.max(1, page));
        q.add("exclude_pull_requests=true");
        return client.getJson(base(repo) + "/actions/workflows/" + encode(workflow) + "/runs" + q,
                WorkflowRunList.class, "runs of workflow " + workflow + " in " + repo);
    }

    /** {@code POST …/cancel}; GitHub answers 409 for a run that has already completed. */
    public void cancel(RepositoryRef repo, long runId) {
        post(base(repo) + "/actions/runs/" + runId + "/cancel", "cancelling workflow run " + runId + " in " + repo);
    }

    /**
     * {@code POST …/force-cancel}: stops a run even when an {@code always()} condition keeps it going
     * (https://docs.github.com/rest/actions/workflow-runs#force-cancel-a-workflow-run).
     */
    public void forceCancel(RepositoryRef repo, long runId) {
        post(base(repo) + "/actions/runs/" + runId + "/force-cancel",
                "force-cancelling workflow run " + runId + " in " + repo);
    }

    /** {@code POST …/rerun}: every job again, as a new attempt. */
    public void rerun(RepositoryRef repo, long runId) {
        post(base(repo) + "/actions/runs/" + runId + "/rerun", "re-running workflow run " + runId + " in " + repo);
    }

    /** {@code POST …/rerun-failed-jobs}: the failed jobs and the jobs that depend on them. */
    public void rerunFailed(RepositoryRef repo, long runId) {
        post(base(repo) + "/actions/runs/" + runId + "/rerun-failed-jobs",
                "re-running the failed jobs of workflow run " + runId + " in " + repo);
    }

    /** {@code POST …/actions/jobs/{id}/rerun}: one job and the jobs that depend on it. */
    public void rerunJob(RepositoryRef repo, long jobId) {
        post(base(repo) + "/actions/jobs/" + jobId + "/rerun", "re-running job " + jobId + " in " + repo);
    }

    private void post(String path, String subject) {
        client.send("POST", path, Map.of(), subject);
    }

    public static String base(RepositoryRef repo) {
        return "/repos/" + repo.owner() + "/" + repo.name();
    }

    /** A query value or path segment, percent-encoded (a space as {@code %20}, as GitHub writes it). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
