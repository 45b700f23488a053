package dev.wheelhouse.runs;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.testing.LoopbackProxy;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import dev.wheelhouse.workflow.WorkflowDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dispatching against the sandbox, directly and behind a stand-in for an older Enterprise Server. */
class WorkflowDispatcherSandboxTest {

    static final String INPUTS = TestWorkflows.WITH_INPUTS;
    private static final Predicate<LoopbackProxy.Seen> DISPATCH = s -> s.method().equals("POST")
            && s.pathAndQuery().endsWith("/dispatches");

    private SandboxSession session;
    private LoopbackProxy proxy;
    private final InMemoryDispatchLog log = new InMemoryDispatchLog();

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        session.close();
    }

    private WorkflowDispatcher dispatcher(GitHubClient client) {
        return new WorkflowDispatcher(client, log, session.clock(), session.sleeper(), Duration.ofSeconds(2));
    }

    private GitHubClient throughProxy() throws IOException {
        proxy = new LoopbackProxy(session.sandbox().apiUrl());
        return GitHubClient.connect(new ApiEndpoint(URI.create(proxy.url())), GitHubToken.of(session.sandbox().token()),
                session.options());
    }

    private static List<dev.wheelhouse.workflow.DispatchInput> inputsOf(String text) throws Exception {
        return WorkflowDocument.parse(text).dispatchInputs();
    }

    @Test
    void aDispatchAnswersWithTheRunGitHubNamesAndIsRecordedWithItsInputs() throws Exception {
        session = SandboxSession.start(b -> b.workflow("inputs.yml", INPUTS));
        GitHubClient client = session.client();

        DispatchResult result = dispatcher(client).dispatch(DispatchRequest.of(session.repo(), "inputs.yml", "main",
                Map.of("level", "high", "dry-run", "TRUE"), inputsOf(INPUTS)));

        assertFalse(result.foundBySearch());
        assertEquals("workflow_dispatch", client.run(session.repo(), result.runId()).event());
        DispatchRecord record = log.forRun("wheelhouse-demo/satkit", "inputs.yml", result.runId()).orElseThrow();
        assertEquals(Map.of("level", "high", "dry-run", "true"), record.inputs());
        assertEquals(SandboxSession.START, record.at());
    }

    @Test
    void inputsGitHubWouldRefuseAreCaughtBeforeAnythingIsSent() throws Exception {
        session = SandboxSession.start(b -> b.workflow("inputs.yml", INPUTS));

        InvalidInputsException e = assertThrows(InvalidInputsException.class, () -> dispatcher(session.client())
                .dispatch(DispatchRequest.of(session.repo(), "inputs.yml", "main", Map.of("level", "medium",
                        "dry-run", "maybe"), inputsOf(INPUTS))));

        assertEquals("Not dispatched: 'level' must be one of low, high; 'medium' is not. 'dry-run' is true or false, "
                + "not 'maybe'.", e.userMessage());
        assertEquals(null, session.sandbox().stats().routes()
                .get("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"));
    }

    @Test
    void anOlderEnterpriseServerThatRefusesRunDetailsIsAskedAgainAndTheRightRunFound() throws Exception {
        session = SandboxSession.start();
        GitHubClient direct = session.client();
        // An earlier run on the same branch, and one on another branch at the very moment of ours.
        long earlier = direct.dispatch(session.repo(), "release.yml", "main", Map.of(), true).runId().orElseThrow();
        session.clock().advance(Duration.ofMinutes(10));
        direct.createBranch(session.repo(), "wheel-other", direct.commitSha(session.repo(), "main"));
        long sameMoment = direct.dispatch(session.repo(), "release.yml", "wheel-other", Map.of(), true).runId().orElseThrow();
        GitHubClient client = throughProxy();
        // GitHub Enterprise Server 3.20 and older refuse the field with 400 (cli/cli#12672).
        proxy.intercept(s -> DISPATCH.test(s) && s.bodyText().contains("return_run_details")
                ? Optional.of(new LoopbackProxy.Answer(400, "application/json; charset=utf-8",
                "{\"message\":\"Invalid request.\\n\\n\\\"return_run_details\\\" is not a permitted key.\","
                        + "\"documentation_url\":\"https://docs.github.com/enterprise-server@3.20/rest\"}"))
                : Optional.empty());
        WorkflowDispatcher dispatcher = dispatcher(client);

        DispatchResult first = dispatcher.dispatch(DispatchRequest.of(session.repo(), "release.yml", "main", Map.of(), List.of()));
        DispatchResult second = dispatcher.dispatch(DispatchRequest.of(session.repo(), "release.yml", "main", Map.of(), List.of()));

        assertTrue(first.foundBySearch());
        assertTrue(Set.of(earlier, sameMoment).stream().noneMatch(id -> id == first.runId()));
        assertEquals("main", direct.run(session.repo(), first.runId()).headBranch());
        assertTrue(second.runId() != first.runId(), "two dispatches close together get one run each");
        assertEquals(3, proxy.seen().stream().filter(DISPATCH).count(), "asked twice once, then remembered");
        String query = proxy.seen().stream().filter(s -> s.pathAndQuery().contains("/actions/runs?")).findFirst()
                .orElseThrow().pathAndQuery();
        assertTrue(query.contains("event=workflow_dispatch") && query.contains("branch=main")
                && query.contains("actor=wheelhouse-dev") && query.contains("created=%3E%3D2026-06-02T22%3A39%3A55Z"), query);
        assertEquals(first.htmlUrl(), direct.run(session.repo(), first.runId()).htmlUrl());
    }

    @Test
    void aNoContentAnswerIsFollowedByFindingTheRun() throws Exception {
        session = SandboxSession.start();
        GitHubClient client = throughProxy();
        proxy.rewriteRequestBody(body -> body.replace(",\"return_run_details\":true", ""));

        DispatchResult result = dispatcher(client).dispatch(DispatchRequest.of(session.repo(), "release.yml", "main",
                Map.of(), List.of()));

        assertTrue(result.foundBySearch());
        assertEquals(List.of(result.runId()), client.runs(session.repo(), dev.wheelhouse.github.RunFilter.any())
                .stream().map(r -> r.id()).toList());
    }

    @Test
    void whenNoRunAppearsWithinSixtySecondsTheUserIsToldWhereToLook() throws Exception {
        session = SandboxSession.start();
        GitHubClient client = throughProxy();
        proxy.intercept(s -> DISPATCH.test(s) ? Optional.of(new LoopbackProxy.Answer(204, null, "")) : Optional.empty());

        DispatchException e = assertThrows(DispatchException.class, () -> dispatcher(client)
                .dispatch(DispatchRequest.of(session.repo(), "release.yml", "main", Map.of(), List.of())));

        assertEquals("GitHub accepted the dispatch of release.yml on main, but no run by wheelhouse-dev appeared within "
                + "60 s. Look at the repository's Actions tab; the run may be queued behind others or the workflow may "
                + "be disabled.", e.userMessage());
        assertEquals(Duration.ofSeconds(60), session.sleeper().sleeps().stream().reduce(Duration.ZERO, Duration::plus));
        assertTrue(log.forWorkflow("wheelhouse-demo/satkit", "release.yml").get(0).runId().isEmpty());
    }
}
