package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.runs.dispatch.MatrixEditReplay;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.PushOutcome;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.testing.SandboxRepositories;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.ui.matrix.EditorSource;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.io.LoadedWorkflow;
import dev.wheelhouse.workflow.io.WorkflowDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Push & dispatch's view model against the sandbox, without a window. */
class PushDispatchViewModelTest {

    private static final String RELEASE = ".github/workflows/release.yml";
    private static final List<MatrixEdit> EDITS = List.of(new MatrixEdit.RemoveValue("build_wheels", "python", 0));

    private SandboxSession session;
    private GitHubClient client;
    private PushDispatchViewModel model;
    private final List<PushOutcome.Pushed> pushed = new ArrayList<>();

    @BeforeEach
    void start() {
        session = SandboxSession.start();
        client = session.client();
        WorkflowDispatcher dispatcher = new WorkflowDispatcher(client, new InMemoryDispatchLog(), session.clock(),
                session.sleeper(), Duration.ofSeconds(2));
        model = new PushDispatchViewModel(new DirectTaskExecutor(),
                SandboxRepositories.connection(session.sandbox(), client), new PushAndDispatch(client, dispatcher),
                session.clock());
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private RemoteFile loaded() {
        return client.readFile(session.repo(), RELEASE, "main");
    }

    @Test
    void thePlanNamesTheFileTheBaseTheBranchAndACommitMessageFromTheEdits() {
        RemoteFile file = loaded();
        model.prepare(new EditorSource.Remote(file), MatrixEditReplay.of(EDITS).apply(file.text()), EDITS);

        PushPlan plan = model.planProperty().get();
        assertNotNull(plan, model.errorProperty().get());
        assertEquals(RELEASE, plan.path());
        assertEquals("main", plan.baseRef());
        assertEquals(file.blobSha(), plan.loadedBlobSha());
        assertEquals("wheelhouse/release-20260602-2230", plan.suggestedBranch());
        assertTrue(plan.commitMessage().startsWith("Wheelhouse: "), plan.commitMessage());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void pushingCommitsTheEditOnTheNewBranchAndDispatchesThere() {
        RemoteFile file = loaded();
        String edited = MatrixEditReplay.of(EDITS).apply(file.text());
        model.prepare(new EditorSource.Remote(file), edited, EDITS);

        model.push("wheelhouse/drop-cp310", "Drop cp310", Map.of(), pushed::add);

        assertEquals(1, pushed.size(), model.errorProperty().get());
        assertEquals(edited, client.readFile(session.repo(), RELEASE, "wheelhouse/drop-cp310").text());
        assertEquals("wheelhouse/drop-cp310", client.run(session.repo(), pushed.get(0).dispatch().runId()).headBranch());
        assertEquals(pushed.get(0), model.pushedProperty().get());
    }

    @Test
    void aFileChangedOnGitHubMeanwhileShowsTheChangeAndTheEditIsMadeAgainOnTop() {
        RemoteFile file = loaded();
        model.prepare(new EditorSource.Remote(file), MatrixEditReplay.of(EDITS).apply(file.text()), EDITS);
        String theirs = "# maintained by the packaging team\n" + file.text();
        client.writeFile(session.repo(), RELEASE, "main", theirs.getBytes(StandardCharsets.UTF_8), "Add a header",
                file.blobSha());

        model.push("wheelhouse/drop-cp310", "Drop cp310", Map.of(), pushed::add);

        assertTrue(pushed.isEmpty());
        assertTrue(model.staleDiffProperty().get().contains("+# maintained by the packaging team"),
                model.staleDiffProperty().get());
        assertTrue(model.errorProperty().get().contains("changed on GitHub"), model.errorProperty().get());

        model.reapplyAndPush(pushed::add);

        assertEquals(1, pushed.size(), model.errorProperty().get());
        assertEquals(MatrixEditReplay.of(EDITS).apply(theirs),
                client.readFile(session.repo(), RELEASE, "wheelhouse/drop-cp310").text());
        assertEquals("", model.staleDiffProperty().get());
    }

    @Test
    void theBundledSampleInsideAnotherCloneIsPushedAtItsOwnRepositoryPath(@TempDir Path clone) throws Exception {
        // The README opens resources/samples/satkit/.github/workflows/release.yml inside Wheelhouse's own clone.
        Files.createDirectories(clone.resolve(".git"));
        Path workflow = Files.createDirectories(clone.resolve("resources/samples/satkit/.github/workflows"))
                .resolve("release.yml");
        Files.writeString(workflow, loaded().text());
        LoadedWorkflow local = WorkflowDisk.read(workflow);

        model.prepare(new EditorSource.Local(local), MatrixEditReplay.of(EDITS).apply(local.text()), EDITS);

        assertEquals("", model.errorProperty().get());
        assertEquals(RELEASE, model.planProperty().get().path());
        model.push("wheelhouse/drop-cp310", "Drop cp310", Map.of(), pushed::add);
        assertEquals(1, pushed.size(), model.errorProperty().get());
    }

    @Test
    void aWorkflowGitHubDoesNotHaveIsSaidAsThatNotAsATokenProblem(@TempDir Path clone) throws Exception {
        Path workflow = Files.createDirectories(clone.resolve(".github/workflows")).resolve("nightly.yml");
        Files.writeString(workflow, loaded().text());
        LoadedWorkflow local = WorkflowDisk.read(workflow);

        model.prepare(new EditorSource.Local(local), local.text(), List.of());

        String error = model.errorProperty().get();
        assertNull(model.planProperty().get());
        assertTrue(error.startsWith("wheelhouse-demo/satkit has no .github/workflows/nightly.yml on main"), error);
        assertTrue(error.contains("From GitHub"), error);
        assertFalse(error.contains("token"), error);
    }

    @Test
    void aPushWithNoChangeIsRefusedBeforeAnythingIsSent() {
        RemoteFile file = loaded();

        model.prepare(new EditorSource.Remote(file), file.text(), List.of());

        assertNull(model.planProperty().get());
        assertTrue(model.errorProperty().get().startsWith("Nothing to push: .github/workflows/release.yml on main"),
                model.errorProperty().get());
    }

    @Test
    void aBranchNameGitRefusesIsSaidBeforeAnythingIsSent() {
        RemoteFile file = loaded();
        model.prepare(new EditorSource.Remote(file), MatrixEditReplay.of(EDITS).apply(file.text()), EDITS);

        model.push("bad..name", "Drop cp310", Map.of(), pushed::add);

        assertTrue(pushed.isEmpty());
        assertFalse(model.errorProperty().get().isEmpty());
        assertNull(model.pushedProperty().get());
    }
}
