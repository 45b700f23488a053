package dev.wheelhouse.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.model.ErrorBody;
import dev.wheelhouse.github.model.Workflow;
import dev.wheelhouse.github.model.WorkflowDispatchResponse;
import dev.wheelhouse.github.model.WorkflowList;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.github.model.WorkflowRunList;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.sim.RunPlan;
import dev.wheelhouse.sandbox.sim.RunPlanner;
import dev.wheelhouse.sandbox.state.GitRepository;
import dev.wheelhouse.sandbox.state.SimulatedRun;
import dev.wheelhouse.sandbox.state.WorkflowFile;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;
import dev.wheelhouse.workflow.expr.ExpressionContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Workflows, their runs, and dispatching one. */
final class WorkflowRoutes extends Routes {

    private static final String LIST_DOCS = "https://docs.github.com/rest/actions/workflows#list-repository-workflows";
    private static final String GET_DOCS = "https://docs.github.com/rest/actions/workflows#get-a-workflow";
    private static final String RUNS_DOCS = "https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow";

    WorkflowRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/actions/workflows", "", ACTIONS_READ, this::list);
        api.add("GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}", "", ACTIONS_READ, this::get);
        api.add("GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", "", ACTIONS_READ, this::runs);
        api.add("POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", "", ACTIONS_WRITE, this::dispatch);
    }

    private ApiResponse list(ApiRequest request) {
        Urls u = urls(request, LIST_DOCS);
        List<Workflow> all = world.workflows().list().stream().map(w -> payload(u, w)).toList();
        return page(request, all, repositoryPath() + "/actions/workflows", p -> new WorkflowList(p.totalCount(), p.items()));
    }

    private ApiResponse get(ApiRequest request) {
        Urls u = urls(request, GET_DOCS);
        return ApiResponse.ok(payload(u, workflow(request, GET_DOCS)));
    }

    private ApiResponse runs(ApiRequest request) {
        Urls u = urls(request, RUNS_DOCS);
        WorkflowFile workflow = workflow(request, RUNS_DOCS);
        Instant now = now();
        List<SimulatedRun> runs = RunQuery.filter(world.runs().runs().stream()
                .filter(r -> r.workflow().id() == workflow.id()).toList(), request, now);
        Waiting waiting = new Waiting(world);
        List<WorkflowRun> payloads = runs.stream()
                .map(r -> ActionsPayloads.run(u, world.repo(), r, r.latest(), now, waiting.runStatus(r, r.latest(), now)))
                .toList();
        return page(request, payloads, repositoryPath() + "/actions/workflows/" + workflow.id() + "/runs",
                p -> new WorkflowRunList(p.totalCount(), p.items()));
    }

    /**
     * Checks the ref and the inputs against the workflow file at that ref, plans the run and
     * answers 204, or 200 with the run's id and URLs when {@code return_run_details} is true or
     * the client speaks API version 2026-03-10 — unless the sandbox plays a server that ignores
     * the field (204 always) or refuses it (400 before anything else is looked at).
     */
    private ApiResponse dispatch(ApiRequest request) {
        Urls u = urls(request, DispatchInputs.DOCS);
        requireWrite(request, DispatchInputs.DOCS);
        WorkflowFile workflow = workflow(request, DispatchInputs.DOCS);
        JsonNode body = request.jsonBody(DispatchInputs.DOCS);
        JsonNode details = body.get("return_run_details");
        if (details != null && world.runDetails() == RunDetailsSupport.REFUSED) {
            throw ApiException.of(400, "Invalid request.\n\n\"return_run_details\" is not a permitted key.",
                    DispatchInputs.DOCS);
        }
        String ref = RepositoryRoutes.text(body, "ref");
        if (ref == null) {
            throw ApiException.invalid("Invalid request.\n\n\"ref\" wasn't supplied.", DispatchInputs.DOCS,
                    new ErrorBody.FieldError("WorkflowDispatch", "ref", "missing_field", null));
        }
        GitRepository repo = world.repo();
        String fullRef = repo.fullRef(ref).orElseThrow(() ->
                ApiException.unprocessable("No ref found for: " + ref, DispatchInputs.DOCS));
        GitRepository.Commit head = repo.resolve(fullRef).orElseThrow();
        String text = world.workflows().text(head, workflow.path()).orElseThrow(() ->
                ApiException.unprocessable("Workflow does not have 'workflow_dispatch' trigger", DispatchInputs.DOCS));
        WorkflowDocument document;
        try {
            document = WorkflowDocument.parse(text);
        } catch (WorkflowParseException e) {
            throw ApiException.unprocessable("Invalid workflow file: " + workflow.path() + " (Line: " + e.line()
                    + ", Col: " + e.column() + "): " + e.getMessage(), DispatchInputs.DOCS);
        }
        if (!document.hasTrigger("workflow_dispatch")) {
            throw ApiException.unprocessable("Workflow does not have 'workflow_dispatch' trigger", DispatchInputs.DOCS);
        }
        Map<String, Object> inputs = DispatchInputs.check(document.dispatchInputs(), body.get("inputs"));
        RunPlanner.Trigger trigger = new RunPlanner.Trigger("workflow_dispatch", fullRef, head.sha(), repo.fullName(),
                actor(request).login(), inputs);
        RunPlan plan = RunPlanner.plan(document, workflow.path(), trigger);
        ExpressionContext context = RunPlanner.context(trigger);
        SimulatedRun run = world.runs().dispatch(workflow, plan, "workflow_dispatch", fullRef, head, actor(request), now(),
                world.release().gates(document, context));
        world.release().record(run, document, context, path -> world.workflows().text(head, path),
                ReleaseFiles.of(world.repo(), head));
        boolean returnDetails = world.runDetails() == RunDetailsSupport.RETURNED
                && ((details != null && details.asBoolean(false)) || "2026-03-10".equals(request.apiVersion()));
        if (!returnDetails) {
            return ApiResponse.noContent();
        }
        return ApiResponse.ok(new WorkflowDispatchResponse(run.id(), u.repoApi() + "/actions/runs/" + run.id(),
                u.repoWeb() + "/actions/runs/" + run.id()));
    }

    private WorkflowFile workflow(ApiRequest request, String docs) {
        return world.workflows().find(request.param("workflow_id")).orElseThrow(() -> ApiException.notFound(docs));
    }

    private Workflow payload(Urls u, WorkflowFile w) {
        GitRepository repo = world.repo();
        return ActionsPayloads.workflow(u, repo, w, repo.createdAt(), repo.lastChanged(repo.defaultBranch(), w.path()));
    }
}
