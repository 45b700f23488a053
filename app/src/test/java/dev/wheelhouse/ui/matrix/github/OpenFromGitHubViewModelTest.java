package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.runs.dispatch.InMemoryDispatchLog;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor.Order;
import dev.wheelhouse.testing.SandboxRepositories;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.runs.watch.RunMonitor;
import dev.wheelhouse.runs.poll.PollPolicy;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.stats.LogCache;
import dev.wheelhouse.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Open from GitHub" without a window: refs, the workflows at a ref, the opening handed to the editor. */
class OpenFromGitHubViewModelTest {

    @TempDir
    Path cache;

    private SandboxSession session;
    private RunMonitor monitor;
    private final OutOfOrderTaskExecutor executor = new OutOfOrderTaskExecutor();
    private OpenFromGitHubViewModel model;

    @BeforeEach
    void start() {
        session = SandboxSession.start(b -> b.workflow("nightly.yml", TestWorkflows.PUSH_ONLY));
        GitHubClient client = session.client();
        monitor = RunMonitor.create(client, VirtualTime.startingAt("2026-06-02T22:30:00Z"), PollPolicy.defaults(),
                new LogCache(cache, LogCache.DEFAULT_MAX_BYTES, Clock.systemUTC()), RunArchive.NONE,
                new InMemoryDispatchLog(), Runnable::run);
        MonitoredRepository repository = SandboxRepositories.of(session.sandbox(), client, monitor,
                new InMemoryDispatchLog());
        model = new OpenFromGitHubViewModel(executor, repository);
    }

    @AfterEach
    void stop() {
        monitor.close();
        session.close();
    }

    @Test
    void theDefaultBranchComesFirstThenTheOtherBranchesAndTheTags() {
        model.load();
        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals("main", model.refs().get(0));
        assertTrue(model.refs().contains("v0.9.0"), model.refs().toString());
        assertEquals("main", model.refProperty().get());
    }

    @Test
    void theWorkflowsAtTheRefAreListedWithTheDispatchableOneChosen() {
        model.load();
        executor.completeAll(Order.OLDEST_FIRST);

        List<String> paths = model.workflows().stream().map(e -> e.workflow().path()).toList();
        assertTrue(paths.contains(".github/workflows/release.yml"), paths.toString());
        assertTrue(paths.contains(".github/workflows/nightly.yml"), paths.toString());
        assertTrue(model.selectedProperty().get().dispatchable(), model.selectedProperty().get().toString());
        assertEquals(paths.size() + " workflows at main.", model.statusProperty().get());
    }

    @Test
    void theOpeningReadsTheChosenWorkflowAtTheRefItWasListedAt() throws Exception {
        model.load();
        executor.completeAll(Order.OLDEST_FIRST);
        model.refProperty().set("v0.9.0");
        model.list();
        executor.completeAll(Order.OLDEST_FIRST);
        model.refProperty().set("typed-but-not-listed");

        OpenFromGitHubViewModel.Opening opening = model.opening().orElseThrow();

        assertTrue(opening.what().endsWith(" @ v0.9.0"), opening.what());
        assertEquals("v0.9.0", opening.fetch().call().ref());
        assertTrue(opening.project().read("pyproject.toml").isPresent(), "the clone's files at that ref");
    }

    @Test
    void anAnswerForARefNoLongerAskedForIsDropped() {
        model.load();
        executor.completeAll(Order.OLDEST_FIRST);
        model.refProperty().set("v0.9.0");
        model.list();
        model.refProperty().set("main");
        model.list();
        executor.completeAll(Order.NEWEST_FIRST);

        assertTrue(model.statusProperty().get().endsWith(" at main."), model.statusProperty().get());
    }

    @Test
    void atARefWithoutTheFilesEveryWorkflowSaysWhyItCannotBeOpenedThere() {
        model.load();
        executor.completeAll(Order.OLDEST_FIRST);
        model.refProperty().set("no-such-branch");
        model.list();
        executor.completeAll(Order.OLDEST_FIRST);

        assertFalse(model.workflows().isEmpty());
        assertTrue(model.workflows().stream().allMatch(e -> e.problem().isPresent() && !e.dispatchable()),
                model.workflows().toString());
    }
}
