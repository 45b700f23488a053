package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.runs.catalog.RemoteWorkflow;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import dev.wheelhouse.workflow.edit.MatrixEdit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Push & dispatch" against the sandbox: branch, commit with the loaded sha, dispatch, and a stale sha. */
class PushAndDispatchSandboxTest {

    static final String RELEASE = ".github/workflows/release.yml";
    static final String JOB = "build_wheels";
    /** The user's matrix edit: drop CPython 3.10 (the first python value) from the wheel matrix. */
    static final UnaryOperator<String> EDIT = MatrixEditReplay.of(List.of(new MatrixEdit.RemoveValue(JOB, "python", 0)));

    private SandboxSession session;

    @AfterEach
    void stop() {
        session.close();
    }

    private PushAndDispatch pushAndDispatch(GitHubClient client) {
        return new PushAndDispatch(client, new WorkflowDispatcher(client, new InMemoryDispatchLog(), session.clock(),
                session.sleeper(), Duration.ofSeconds(2)));
    }

    private PushRequest request(RemoteFile loaded, String branch) {
        return new PushRequest(session.repo(), RELEASE, "main", branch, "Build without CPython 3.9", loaded.text(),
                loaded.blobSha(), EDIT.apply(loaded.text()), EDIT, Map.of(), false);
    }

    @Test
    void theEditIsCommittedOnANewBranchAndDispatchedThere() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        RemoteWorkflow opened = new WorkflowCatalog(client).open(session.repo(), RELEASE, "main");
        String branch = BranchNames.suggest(RELEASE, session.clock());
        assertTrue(!EDIT.apply(opened.file().text()).contains("- cp310"), "the edit drops cp310");

        PushOutcome outcome = pushAndDispatch(client).run(request(opened.file(), branch));

        PushOutcome.Pushed pushed = assertInstanceOf(PushOutcome.Pushed.class, outcome);
        assertEquals("wheelhouse/release-20260602-2230", pushed.branch());
        assertEquals(EDIT.apply(opened.file().text()), client.readFile(session.repo(), RELEASE, branch).text());
        assertEquals(opened.file().text(), client.readFile(session.repo(), RELEASE, "main").text());
        assertEquals(branch, client.run(session.repo(), pushed.dispatch().runId()).headBranch());
        assertEquals(pushed.commit().commitSha(), client.run(session.repo(), pushed.dispatch().runId()).headSha());
    }

    @Test
    void aFileChangedOnGitHubMeanwhileComesBackAsADiffAndTheEditReappliedOnTop() {
        session = SandboxSession.start();
        GitHubClient client = session.client();
        RemoteFile loaded = client.readFile(session.repo(), RELEASE, "main");
        String theirs = "# release: maintained by the packaging team\n" + loaded.text();
        client.writeFile(session.repo(), RELEASE, "main", theirs.getBytes(StandardCharsets.UTF_8), "Add a header",
                loaded.blobSha());

        PushOutcome first = pushAndDispatch(client).run(request(loaded, "wheelhouse/release-edit"));

        PushOutcome.Stale stale = assertInstanceOf(PushOutcome.Stale.class, first);
        assertTrue(stale.remoteChange().startsWith("--- a/.github/workflows/release.yml (as loaded)\n"
                + "+++ b/.github/workflows/release.yml (on GitHub, wheelhouse/release-edit)\n"
                + "@@ -1,3 +1,4 @@\n"
                + "+# release: maintained by the packaging team\n"
                + " name: Release\n"), stale.remoteChange());
        PushRequest again = stale.reapplied();
        assertEquals(EDIT.apply(theirs), again.editedText());

        PushOutcome second = pushAndDispatch(client).run(again);

        assertInstanceOf(PushOutcome.Pushed.class, second);
        assertEquals(EDIT.apply(theirs), client.readFile(session.repo(), RELEASE, "wheelhouse/release-edit").text());
    }

    @Test
    void aTokenWithoutTheWorkflowScopeIsToldToAddIt() {
        session = SandboxSession.start();
        GitHubClient client = session.client(session.sandbox().issueToken(Set.of("repo")));
        RemoteFile loaded = client.readFile(session.repo(), RELEASE, "main");

        GitHubException.MissingPermission e = assertThrows(GitHubException.MissingPermission.class,
                () -> pushAndDispatch(client).run(request(loaded, "wheelhouse/release-edit")));

        assertEquals(List.of("workflow"), e.missing());
        assertTrue(e.userMessage().contains("the token lacks the scope 'workflow'"), e.userMessage());
    }

    @Test
    void badInputsStopThePushBeforeABranchIsMade() {
        String withInput = "name: Release\non:\n  workflow_dispatch:\n    inputs:\n      target:\n        required: true\n"
                + "jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n";
        session = SandboxSession.start(b -> b.workflow("nightly.yml", withInput));
        GitHubClient client = session.client();
        RemoteFile loaded = client.readFile(session.repo(), ".github/workflows/nightly.yml", "main");

        InvalidInputsException e = assertThrows(InvalidInputsException.class, () -> pushAndDispatch(client).run(
                new PushRequest(session.repo(), loaded.path(), "main", "wheelhouse/nightly", "Edit", loaded.text(),
                        loaded.blobSha(), loaded.text() + "# x\n", t -> t + "# x\n", Map.of(), false)));

        assertEquals(List.of(new InputProblem("target", "'target' is required.")), e.problems());
        assertEquals(List.of("main"), client.branches(session.repo()));
    }
}
