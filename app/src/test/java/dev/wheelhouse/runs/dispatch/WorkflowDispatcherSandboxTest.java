package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RunFilter;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.sandbox.api.RunDetailsSupport;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dispatching against the sandbox: as github.com answers, as a server that answers 204, and as an
 * older Enterprise Server that refuses {@code return_run_details}.
 */
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

    /**
     * Issue 5's acceptance case: GitHub answers 204, and between our dispatch and our search a
     * run of the same workflow on the same branch starts for another user. Newest first it comes
     * before ours; only the actor tells them apart.
     */
    @Test
    void theNoContentFallbackFindsOurRunWhenAnotherActorsRunStartsRightAfterIt() throws Exception {
        session = SandboxSession.start(b -> b.runDetails(RunDetailsSupport.IGNORED));
        GitHubClient bot = session.client(session.sandbox().issueToken("release-bot", Set.of("repo", "workflow")));
        GitHubClient client = throughProxy();
        AtomicLong botRun = new AtomicLong();
        proxy.intercept(s -> {
            if (s.pathAndQuery().contains("/actions/runs?") && botRun.get() == 0) {
                bot.dispatch(session.repo(), "release.yml", "main", Map.of(), true);
                botRun.set(bot.runs(session.repo(), RunFilter.any().actor("release-bot")).get(0).id());
            }
            return Optional.empty();
        });

        DispatchResult ours = dispatcher(client).dispatch(DispatchRequest.of(session.repo(), "release.yml", "main",
                Map.of(), List.of()));

        List<WorkflowRun> newestFirst = client.runs(session.repo(), RunFilter.any());
        assertEquals(List.of(botRun.get(), ours.runId()), newestFirst.stream().map(WorkflowRun::id).toList(),
                "the other actor's run is the newer one, on the same branch and workflow");
        assertTrue(ours.foundBySearch());
        WorkflowRun found = client.run(session.repo(), ours.runId());
        assertEquals("wheelhouse-dev", found.actor().login());
        assertEquals("wheelhouse-dev", found.triggeringActor().login());
        assertEquals("main", found.headBranch());
        assertEquals("release-bot", client.run(session.repo(), botRun.get()).actor().login());
        assertEquals(ours.runId(), log.forRun("wheelhouse-demo/satkit", ours.runId()).orElseThrow().runId().getAsLong());
        String query = proxy.seen().stream().filter(s -> s.pathAndQuery().contains("/actions/runs?")).findFirst()
                .orElseThrow().pathAndQuery();
        assertTrue(query.contains("event=workflow_dispatch") && query.contains("branch=main")
                && query.contains("actor=wheelhouse-dev") && query.contains("created=%3E%3D2026-06-02T22%3A29%3A55Z"),
                query);
    }

    @Test
    void anOlderEnterpriseServerThatRefusesRunDetailsIsAskedAgainWithoutThemAndRemembers() throws Exception {
        session = SandboxSession.start(b -> b.runDetails(RunDetailsSupport.REFUSED));
        GitHubClient direct = session.client();
        direct.createBranch(session.repo(), "wheel-other", direct.commitSha(session.repo(), "main"));
        // A run of ours on another branch at the very moment: the branch filter leaves it out.
        direct.dispatch(session.repo(), "release.yml", "wheel-other", Map.of(), false);
        WorkflowDispatcher dispatcher = dispatcher(direct);

        DispatchResult first = dispatcher.dispatch(DispatchRequest.of(session.repo(), "release.yml", "main", Map.of(), List.of()));
        DispatchResult second = dispatcher.dispatch(DispatchRequest.of(session.repo(), "release.yml", "main", Map.of(), List.of()));

        assertTrue(first.foundBySearch());
        assertEquals("main", direct.run(session.repo(), first.runId()).headBranch());
        assertEquals(first.htmlUrl(), direct.run(session.repo(), first.runId()).htmlUrl());
        assertTrue(second.runId() != first.runId(), "two of our dispatches close together get one run each");
        assertEquals(4L, session.sandbox().stats().routes()
                        .get("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"),
                "one on the other branch, then ours: asked with the field once, refused, then remembered");
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
