package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.github.model.WorkflowRunList;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.state.RunStore;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Runs: list, get, attempts, cancel, force-cancel, re-run, re-run failed jobs, logs archive. */
final class RunRoutes extends Routes {

    private static final String BASE = "https://docs.github.com/rest/actions/workflow-runs";
    private static final String LIST_DOCS = BASE + "#list-workflow-runs-for-a-repository";
    private static final String GET_DOCS = BASE + "#get-a-workflow-run";
    private static final String ATTEMPT_DOCS = BASE + "#get-a-workflow-run-attempt";
    private static final String CANCEL_DOCS = BASE + "#cancel-a-workflow-run";
    private static final String FORCE_DOCS = BASE + "#force-cancel-a-workflow-run";
    private static final String RERUN_DOCS = BASE + "#re-run-a-workflow";
    private static final String RERUN_FAILED_DOCS = BASE + "#re-run-failed-jobs-from-a-workflow-run";
    private static final String LOGS_DOCS = BASE + "#download-workflow-run-logs";
    private static final String ATTEMPT_LOGS_DOCS = BASE + "#download-workflow-run-attempt-logs";

    RunRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        String run = "/repos/{owner}/{repo}/actions/runs/{run_id}";
        api.add("GET", "/repos/{owner}/{repo}/actions/runs", "", ACTIONS_READ, this::list);
        api.add("GET", run, "", ACTIONS_READ, r -> ApiResponse.ok(payload(r, GET_DOCS, null)));
        api.add("GET", run + "/attempts/{attempt_number}", "", ACTIONS_READ, r -> ApiResponse.ok(payload(r, ATTEMPT_DOCS,
                (int) parseId(r.param("attempt_number"), ATTEMPT_DOCS))));
        api.add("POST", run + "/cancel", "", ACTIONS_WRITE, r -> cancel(r, false, CANCEL_DOCS));
        api.add("POST", run + "/force-cancel", "", ACTIONS_WRITE, r -> cancel(r, true, FORCE_DOCS));
        api.add("POST", run + "/rerun", "", ACTIONS_WRITE, r -> rerun(r, new RunStore.All(), RERUN_DOCS));
        api.add("POST", run + "/rerun-failed-jobs", "", ACTIONS_WRITE, r -> rerun(r, new RunStore.Failed(), RERUN_FAILED_DOCS));
        api.add("GET", run + "/logs", "", ACTIONS_READ, r -> logs(r, null, LOGS_DOCS));
        api.add("GET", run + "/attempts/{attempt_number}/logs", "", ACTIONS_READ, r -> logs(r,
                (int) parseId(r.param("attempt_number"), ATTEMPT_LOGS_DOCS), ATTEMPT_LOGS_DOCS));
    }

    private ApiResponse list(ApiRequest request) {
        Urls u = urls(request, LIST_DOCS);
        Instant now = now();
        Waiting waiting = new Waiting(world);
        List<WorkflowRun> runs = RunQuery.filter(world.runs().runs(), request, now).stream()
                .map(r -> ActionsPayloads.run(u, world.repo(), r, r.latest(), now, waiting.runStatus(r, r.latest(), now)))
                .toList();
        return page(request, runs, repositoryPath() + "/actions/runs", p -> new WorkflowRunList(p.totalCount(), p.items()));
    }

    private WorkflowRun payload(ApiRequest request, String docs, Integer attemptNumber) {
        Urls u = urls(request, docs);
        SimulatedRun run = run(request, docs);
        SimulatedRun.Attempt attempt = attemptNumber == null ? run.latest()
                : run.attempt(attemptNumber).orElseThrow(() -> ApiException.notFound(docs));
        Instant now = now();
        return ActionsPayloads.run(u, world.repo(), run, attempt, now, new Waiting(world).runStatus(run, attempt, now));
    }

    /** 202 {@code {}}; 409 when the run has completed, as GitHub answers. */
    private ApiResponse cancel(ApiRequest request, boolean force, String docs) {
        urls(request, docs);
        requireWrite(request, docs);
        SimulatedRun run = run(request, docs);
        try {
            world.runs().cancel(run.id(), now(), force);
        } catch (IllegalStateException e) {
            throw ApiException.conflict("Cannot cancel a workflow run that is completed.", docs);
        }
        return ApiResponse.json(202, Map.of());
    }

    /** 201 {@code {}}; 403 while the run is still going or when there is nothing to re-run. */
    private ApiResponse rerun(ApiRequest request, RunStore.RerunScope scope, String docs) {
        urls(request, docs);
        requireWrite(request, docs);
        SimulatedRun run = run(request, docs);
        try {
            world.runs().rerun(run.id(), now(), scope, actor(request));
        } catch (IllegalStateException e) {
            throw ApiException.of(403, e.getMessage().equals("running") ? "This workflow is already running"
                    : "This workflow run has no failed jobs to re-run", docs);
        }
        return ApiResponse.json(201, Map.of());
    }

    /** 302 to the zip of an attempt's logs on the blob host; 404 until the attempt completes. */
    private ApiResponse logs(ApiRequest request, Integer attemptNumber, String docs) {
        urls(request, docs);
        SimulatedRun run = run(request, docs);
        SimulatedRun.Attempt attempt = attemptNumber == null ? run.latest()
                : run.attempt(attemptNumber).orElseThrow(() -> ApiException.notFound(docs));
        if (!attempt.schedule().completedBy(now())) {
            throw ApiException.notFound(docs);
        }
        return ApiResponse.redirect(world.signedDownload().apply(
                Downloads.runLogsPath(world.blobPrefix(), run.id(), attempt.number())));
    }

    private SimulatedRun run(ApiRequest request, String docs) {
        return world.runs().run(parseId(request.param("run_id"), docs)).orElseThrow(() -> ApiException.notFound(docs));
    }
}
