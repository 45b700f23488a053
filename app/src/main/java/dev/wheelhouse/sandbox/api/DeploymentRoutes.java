package dev.wheelhouse.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.model.Deployment;
import dev.wheelhouse.github.model.EnvironmentApproval;
import dev.wheelhouse.github.model.EnvironmentRef;
import dev.wheelhouse.github.model.PendingDeployment;
import dev.wheelhouse.github.model.Reviewer;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.release.ProtectedEnvironment;
import dev.wheelhouse.sandbox.sim.DeploymentGate;
import dev.wheelhouse.sandbox.sim.GateDecision;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.state.Actor;
import dev.wheelhouse.sandbox.state.RepositoryEnvironment;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reviewing deployments (https://docs.github.com/rest/actions/workflow-runs#review-pending-deployments-for-a-workflow-run):
 * the environments a run's jobs wait at, approving or rejecting them (required reviewers only; anyone else, or a
 * review of nothing pending, gets 422 "No pending deployment requests to approve or reject", the reported answer),
 * and the history of reviews.
 */
final class DeploymentRoutes extends Routes {

    private static final String BASE = "https://docs.github.com/rest/actions/workflow-runs";
    private static final String PENDING_DOCS = BASE + "#get-pending-deployments-for-a-workflow-run";
    private static final String REVIEW_DOCS = BASE + "#review-pending-deployments-for-a-workflow-run";
    private static final String APPROVALS_DOCS = BASE + "#get-the-review-history-for-a-workflow-run";
    private static final String NOTHING_PENDING = "No pending deployment requests to approve or reject";

    DeploymentRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        String run = "/repos/{owner}/{repo}/actions/runs/{run_id}";
        api.add("GET", run + "/pending_deployments", "", ACTIONS_READ, this::pending);
        api.add("POST", run + "/pending_deployments", "", "deployments=write", this::review);
        api.add("GET", run + "/approvals", "", ACTIONS_READ, this::approvals);
    }

    private ApiResponse pending(ApiRequest request) {
        Urls u = urls(request, PENDING_DOCS);
        SimulatedRun run = run(request, PENDING_DOCS);
        String login = actor(request).login();
        List<PendingDeployment> out = new ArrayList<>();
        waitingGates(run, now()).forEach((gate, since) -> {
            ProtectedEnvironment env = world.release().environment(gate.environmentId()).orElseThrow();
            List<Reviewer> reviewers = env.reviewers().stream().map(a -> new Reviewer("User",
                    RepositoryPayloads.simpleUser(u, a.login(), a.id(), "User"))).toList();
            out.add(new PendingDeployment(ref(u, env.environment(), false), env.waitTimerMinutes(), since,
                    gate.reviewableBy(login), reviewers));
        });
        return ApiResponse.ok(out);
    }

    private ApiResponse review(ApiRequest request) {
        Urls u = urls(request, REVIEW_DOCS);
        requireWrite(request, REVIEW_DOCS);
        SimulatedRun run = run(request, REVIEW_DOCS);
        JsonNode body = request.jsonBody(REVIEW_DOCS);
        List<Long> ids = new ArrayList<>();
        JsonNode idsNode = body.get("environment_ids");
        if (idsNode == null || !idsNode.isArray()) {
            throw missing("environment_ids");
        }
        idsNode.forEach(n -> ids.add(n.asLong()));
        String state = body.path("state").asText(null);
        if (state == null) {
            throw missing("state");
        }
        if (!state.equals("approved") && !state.equals("rejected")) {
            throw ApiException.unprocessable("Invalid request.\n\nstate must be one of: approved, rejected", REVIEW_DOCS);
        }
        if (!body.has("comment") || !body.get("comment").isTextual()) {
            throw missing("comment");
        }
        Instant now = now();
        Actor who = actor(request);
        Map<DeploymentGate, Instant> waiting = waitingGates(run, now);
        Set<Long> reviewable = new LinkedHashSet<>();
        waiting.keySet().stream().filter(g -> g.reviewableBy(who.login())).forEach(g -> reviewable.add(g.environmentId()));
        if (ids.isEmpty() || !reviewable.containsAll(ids)) {
            throw ApiException.unprocessable(NOTHING_PENDING, REVIEW_DOCS);
        }
        boolean approved = state.equals("approved");
        List<GateDecision> decisions = new LinkedHashSet<>(ids).stream()
                .map(id -> new GateDecision(id, approved, now, who.login(), who.id(), body.get("comment").asText()))
                .toList();
        world.runs().review(run.id(), decisions, now);
        if (!approved) {
            return ApiResponse.ok(List.of());
        }
        List<Deployment> deployments = new ArrayList<>();
        for (GateDecision d : decisions) {
            RepositoryEnvironment env = world.release().environment(d.environmentId()).orElseThrow().environment();
            long id = run.id() % 1_000_000_000L * 10 + deployments.size() + 1;
            String url = u.repoApi() + "/deployments/" + id;
            deployments.add(new Deployment(url, id, NodeIds.of("DE", world.repo().id(), id), run.headSha(),
                    run.headBranch(), "deploy", Map.of(), env.name(), env.name(), null,
                    RepositoryPayloads.simpleUser(u, run.actor().login(), run.actor().id(), "User"), now, now,
                    url + "/statuses", u.repoApi(), false, false));
        }
        return ApiResponse.ok(deployments);
    }

    private ApiResponse approvals(ApiRequest request) {
        Urls u = urls(request, APPROVALS_DOCS);
        SimulatedRun run = run(request, APPROVALS_DOCS);
        List<EnvironmentApproval> out = new ArrayList<>();
        for (GateDecision d : world.runs().reviews(run.id())) {
            RepositoryEnvironment env = world.release().environment(d.environmentId()).orElseThrow().environment();
            out.add(new EnvironmentApproval(d.approved() ? "approved" : "rejected", d.comment(),
                    List.of(ref(u, env, true)), RepositoryPayloads.simpleUser(u, d.login(), d.userId(), "User")));
        }
        return ApiResponse.ok(out);
    }

    /** The gates the run's latest attempt waits at for a review now, with when the waiting began. */
    private Map<DeploymentGate, Instant> waitingGates(SimulatedRun run, Instant now) {
        Waiting waiting = new Waiting(world);
        Map<DeploymentGate, Instant> out = new LinkedHashMap<>();
        for (ScheduledJob job : run.latest().schedule().visibleAt(now)) {
            if (waiting.awaitingReview(run, job, now)) {
                waiting.gateWaitedAt(run, job, now).ifPresent(g -> out.merge(g, job.createdAt(),
                        (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        return out;
    }

    private EnvironmentRef ref(Urls u, RepositoryEnvironment e, boolean dated) {
        String escaped = URLEncoder.encode(e.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return new EnvironmentRef(e.id(), NodeIds.of("EN", world.repo().id(), e.id()), e.name(),
                u.repoApi() + "/environments/" + escaped,
                u.repoWeb() + "/deployments/activity_log?environments_filter=" + escaped,
                dated ? e.createdAt() : null, dated ? e.createdAt() : null);
    }

    private static ApiException missing(String field) {
        return ApiException.unprocessable("Invalid request.\n\n\"" + field + "\" wasn't supplied.", REVIEW_DOCS);
    }

    private SimulatedRun run(ApiRequest request, String docs) {
        return world.runs().run(parseId(request.param("run_id"), docs)).orElseThrow(() -> ApiException.notFound(docs));
    }
}
