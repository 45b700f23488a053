package dev.wheelhouse.github;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.github.model.JobList;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.github.model.WorkflowRunList;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The Actions endpoints a run view polls and acts with, over the client's one transport (same
 * token rule, ETag cache, retries and rate-limit state as every other call): a run and its jobs
 * as conditional GETs that say whether GitHub answered {@code 304 Not Modified}, check-run
 * annotations, a workflow's runs a page at a time, and cancel and re-run.
 * Obtained from {@link GitHubClient#actions()}. Thread-safe.
 */
public final class ActionsCalls {

    /** Jobs per page: the API's maximum, so a 256-job matrix takes three requests, not nine. */
    public static final int JOBS_PER_PAGE = 100;
    private static final int ANNOTATIONS_PER_PAGE = 100;
    /** GitHub keeps at most 50 annotations per step; ten pages is far past any real check run. */
    private static final int MAX_ANNOTATION_PAGES = 10;

    /**
     * A conditional GET's answer.
     *
     * @param notModified GitHub answered 304 (free of rate limit): {@code value} is the copy from the
     *                    last 200, and nothing changed since
     */
    public record Answer<T>(T value, boolean notModified) {
    }

    /** Filters of a workflow's run list; an empty one is no filter. */
    public record RunQuery(Optional<String> branch, Optional<String> status, Optional<String> event) {

        public static RunQuery any() {
            return new RunQuery(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final ApiTransport transport;

    ActionsCalls(ApiTransport transport) {
        this.transport = transport;
    }

    /** {@code GET …/actions/runs/{id}}: the latest attempt. */
    public Answer<WorkflowRun> run(RepositoryRef repo, long runId) {
        return conditional(repo.apiPath() + "/actions/runs/" + runId + "?exclude_pull_requests=true",
                "workflow run " + runId + " in " + repo, WorkflowRun.class);
    }

    /** {@code GET …/actions/runs/{id}/attempts/{n}}. */
    public Answer<WorkflowRun> runAttempt(RepositoryRef repo, long runId, int attempt) {
        return conditional(repo.apiPath() + "/actions/runs/" + runId + "/attempts/" + attempt
                        + "?exclude_pull_requests=true",
                "attempt " + attempt + " of workflow run " + runId + " in " + repo, WorkflowRun.class);
    }

    /** One page (from 1) of the latest attempt's jobs, {@value #JOBS_PER_PAGE} a page. */
    public Answer<JobList> jobs(RepositoryRef repo, long runId, int page) {
        return conditional(repo.apiPath() + "/actions/runs/" + runId + "/jobs?per_page=" + JOBS_PER_PAGE
                + "&page=" + page, "jobs of workflow run " + runId + " in " + repo, JobList.class);
    }

    /** One page (from 1) of one attempt's jobs. */
    public Answer<JobList> attemptJobs(RepositoryRef repo, long runId, int attempt, int page) {
        return conditional(repo.apiPath() + "/actions/runs/" + runId + "/attempts/" + attempt + "/jobs?per_page="
                        + JOBS_PER_PAGE + "&page=" + page,
                "jobs of attempt " + attempt + " of workflow run " + runId + " in " + repo, JobList.class);
    }

    /**
     * Every annotation of a check run (a job's check run: its {@code check_run_url} ends in the id).
     * sccache-action's statistics notice is one of them.
     */
    public List<CheckRunAnnotation> annotations(RepositoryRef repo, long checkRunId) {
        List<CheckRunAnnotation> all = new ArrayList<>();
        for (int page = 1; page <= MAX_ANNOTATION_PAGES; page++) {
            ApiCall call = ApiCall.get(transport.endpoint().resolve(repo.apiPath() + "/check-runs/" + checkRunId
                    + "/annotations?per_page=" + ANNOTATIONS_PER_PAGE + "&page=" + page),
                    "annotations of check run " + checkRunId + " in " + repo);
            List<CheckRunAnnotation> items = transport.expect(call)
                    .json(new TypeReference<List<CheckRunAnnotation>>() { }, call);
            all.addAll(items);
            if (items.size() < ANNOTATIONS_PER_PAGE) {
                break;
            }
        }
        return List.copyOf(all);
    }

    /**
     * One page (from 1) of a workflow's runs, newest first
     * (https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow).
     *
     * @param workflow the workflow's id or file name ({@code release.yml})
     */
    public Answer<WorkflowRunList> workflowRuns(RepositoryRef repo, String workflow, RunQuery query, int page,
                                                int perPage) {
        StringJoiner q = new StringJoiner("&", "?", "");
        query.branch().ifPresent(b -> q.add("branch=" + GitHubClient.encodeQuery(b)));
        query.status().ifPresent(s -> q.add("status=" + GitHubClient.encodeQuery(s)));
        query.event().ifPresent(e -> q.add("event=" + GitHubClient.encodeQuery(e)));
        q.add("per_page=" + Math.max(1, Math.min(100, perPage)));
        q.add("page=" + Math.max(1, page));
        q.add("exclude_pull_requests=true");
        return conditional(repo.apiPath() + "/actions/workflows/" + GitHubClient.encodePath(workflow) + "/runs" + q,
                "runs of workflow " + workflow + " in " + repo, WorkflowRunList.class);
    }

    /** {@code POST …/cancel}; GitHub answers 409 for a run that has already completed. */
    public void cancel(RepositoryRef repo, long runId) {
        post(repo.apiPath() + "/actions/runs/" + runId + "/cancel", "cancelling workflow run " + runId + " in " + repo);
    }

    /**
     * {@code POST …/force-cancel}: stops a run even when an {@code always()} condition keeps it going
     * (https://docs.github.com/rest/actions/workflow-runs#force-cancel-a-workflow-run).
     */
    public void forceCancel(RepositoryRef repo, long runId) {
        post(repo.apiPath() + "/actions/runs/" + runId + "/force-cancel",
                "force-cancelling workflow run " + runId + " in " + repo);
    }

    /** {@code POST …/rerun}: every job again, as a new attempt. */
    public void rerun(RepositoryRef repo, long runId) {
        post(repo.apiPath() + "/actions/runs/" + runId + "/rerun", "re-running workflow run " + runId + " in " + repo);
    }

    /** {@code POST …/rerun-failed-jobs}: the failed jobs and the jobs that depend on them. */
    public void rerunFailed(RepositoryRef repo, long runId) {
        post(repo.apiPath() + "/actions/runs/" + runId + "/rerun-failed-jobs",
                "re-running the failed jobs of workflow run " + runId + " in " + repo);
    }

    /** {@code POST …/actions/jobs/{id}/rerun}: one job and the jobs that depend on it. */
    public void rerunJob(RepositoryRef repo, long jobId) {
        post(repo.apiPath() + "/actions/jobs/" + jobId + "/rerun", "re-running job " + jobId + " in " + repo);
    }

    private <T> Answer<T> conditional(String path, String subject, Class<T> type) {
        ApiCall call = ApiCall.get(transport.endpoint().resolve(path), subject);
        ApiReply reply = transport.expect(call);
        return new Answer<>(reply.json(type, call), reply.fromCache());
    }

    private void post(String path, String subject) {
        transport.expect(ApiCall.withBody("POST", transport.endpoint().resolve(path),
                "{}".getBytes(StandardCharsets.UTF_8), subject));
    }
}
