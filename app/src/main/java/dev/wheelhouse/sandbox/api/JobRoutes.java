package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.JobList;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.state.RunStore;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jobs of a run or attempt, one job, its log, re-running it, its check run's annotations. */
final class JobRoutes extends Routes {

    private static final String BASE = "https://docs.github.com/rest/actions/workflow-jobs";
    private static final String LIST_DOCS = BASE + "#list-jobs-for-a-workflow-run";
    private static final String ATTEMPT_DOCS = BASE + "#list-jobs-for-a-workflow-run-attempt";
    private static final String GET_DOCS = BASE + "#get-a-job-for-a-workflow-run";
    private static final String LOGS_DOCS = BASE + "#download-job-logs-for-a-workflow-run";
    private static final String RERUN_DOCS = "https://docs.github.com/rest/actions/workflow-runs#re-run-a-job-from-a-workflow-run";
    private static final String ANNOTATIONS_DOCS = "https://docs.github.com/rest/checks/runs#list-check-run-annotations";

    JobRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", "", ACTIONS_READ, this::jobs);
        api.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs", "", ACTIONS_READ,
                this::attemptJobs);
        api.add("GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}", "", ACTIONS_READ, this::job);
        api.add("GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs", "", ACTIONS_READ, this::logs);
        api.add("POST", "/repos/{owner}/{repo}/actions/jobs/{job_id}/rerun", "", ACTIONS_WRITE, this::rerun);
        api.add("GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", "", "checks=read",
                this::annotations);
    }

    /** {@code filter=latest} (default): the latest attempt's jobs; {@code all}: every attempt's. */
    private ApiResponse jobs(ApiRequest request) {
        Urls u = urls(request, LIST_DOCS);
        SimulatedRun run = run(request, LIST_DOCS);
        Instant now = now();
        String filter = request.query("filter").orElse("latest");
        if (!filter.equals("latest") && !filter.equals("all")) {
            throw ApiException.unprocessable("Invalid request.\n\nfilter must be one of: latest, all", LIST_DOCS);
        }
        Map<Long, ScheduledJob> jobs = new LinkedHashMap<>();
        List<SimulatedRun.Attempt> attempts = filter.equals("all") ? run.attempts() : List.of(run.latest());
        for (SimulatedRun.Attempt attempt : attempts) {
            attempt.schedule().visibleAt(now).forEach(j -> jobs.putIfAbsent(j.id(), j));
        }
        return jobList(request, u, run, List.copyOf(jobs.values()), now,
                repositoryPath() + "/actions/runs/" + run.id() + "/jobs");
    }

    private ApiResponse attemptJobs(ApiRequest request) {
        Urls u = urls(request, ATTEMPT_DOCS);
        SimulatedRun run = run(request, ATTEMPT_DOCS);
        int number = (int) parseId(request.param("attempt_number"), ATTEMPT_DOCS);
        SimulatedRun.Attempt attempt = run.attempt(number).orElseThrow(() -> ApiException.notFound(ATTEMPT_DOCS));
        Instant now = now();
        return jobList(request, u, run, attempt.schedule().visibleAt(now), now,
                repositoryPath() + "/actions/runs/" + run.id() + "/attempts/" + number + "/jobs");
    }

    private ApiResponse jobList(ApiRequest request, Urls u, SimulatedRun run, List<ScheduledJob> jobs, Instant now,
                                String linkPath) {
        Waiting waiting = new Waiting(world);
        List<Job> payloads = jobs.stream().map(j -> ActionsPayloads.job(u, world.repo(), run, j, now,
                waiting.jobStatus(run, j, now))).toList();
        return page(request, payloads, linkPath, p -> new JobList(p.totalCount(), p.items()));
    }

    private ApiResponse job(ApiRequest request) {
        Urls u = urls(request, GET_DOCS);
        RunStore.LocatedJob job = located(request, "job_id", GET_DOCS);
        Instant now = now();
        return ApiResponse.ok(ActionsPayloads.job(u, world.repo(), job.run(), job.job(), now,
                new Waiting(world).jobStatus(job.run(), job.job(), now)));
    }

    /**
     * 302 to a signed, expiring URL on the blob host (recorded form: no body,
     * {@code text/html;charset=utf-8}); 404 until the job has completed.
     */
    private ApiResponse logs(ApiRequest request) {
        urls(request, LOGS_DOCS);
        RunStore.LocatedJob job = located(request, "job_id", LOGS_DOCS);
        if (!job.job().completedBy(now()) || !job.job().ranOnARunner()) {
            throw ApiException.notFound(LOGS_DOCS);
        }
        return ApiResponse.redirect(world.signedDownload().apply(
                Downloads.jobLogPath(world.blobPrefix(), job.run().id(), job.job().id())));
    }

    private ApiResponse rerun(ApiRequest request) {
        urls(request, RERUN_DOCS);
        requireWrite(request, RERUN_DOCS);
        RunStore.LocatedJob job = located(request, "job_id", RERUN_DOCS);
        try {
            world.runs().rerun(job.run().id(), now(), new RunStore.OneJob(job.job().id()), actor(request));
        } catch (IllegalStateException e) {
            throw ApiException.of(403, "This workflow is already running", RERUN_DOCS);
        }
        return ApiResponse.json(201, Map.of());
    }

    private ApiResponse annotations(ApiRequest request) {
        Urls u = urls(request, ANNOTATIONS_DOCS);
        RunStore.LocatedJob job = located(request, "check_run_id", ANNOTATIONS_DOCS);
        List<CheckRunAnnotation> all = ActionsPayloads.annotations(u, job.run(), job.job(), now());
        return page(request, all, repositoryPath() + "/check-runs/" + job.job().id() + "/annotations", p -> p.items());
    }

    private SimulatedRun run(ApiRequest request, String docs) {
        return world.runs().run(parseId(request.param("run_id"), docs)).orElseThrow(() -> ApiException.notFound(docs));
    }

    /** A job the current moment already shows; ids of jobs not yet created are 404, too. */
    private RunStore.LocatedJob located(ApiRequest request, String param, String docs) {
        long id = parseId(request.param(param), docs);
        return world.runs().job(id).filter(j -> j.job().visibleAt(now())).orElseThrow(() -> ApiException.notFound(docs));
    }
}
