package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.RunFilter;
import dev.wheelhouse.github.Sleeper;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.model.WorkflowRun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the run a dispatch started when GitHub did not say which: the newest run of that
 * workflow with {@code event=workflow_dispatch}, on that branch, by the token's login, created
 * since just before the request (the approach of cli/cli before run ids were returned). Runs
 * already claimed by an earlier dispatch of this finder are skipped, so two dispatches close
 * together get one run each. Polls until {@link #PATIENCE} has passed.
 */
final class DispatchedRunFinder {

    /** How long a dispatch's run may take to appear before the user is told. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GitHubClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Set<Long> claimed = ConcurrentHashMap.newKeySet();

    DispatchedRunFinder(GitHubClient client, Clock clock, Sleeper sleeper, Duration interval) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    /** Marks a run as belonging to a dispatch already (one whose id GitHub returned). */
    void claim(long runId) {
        claimed.add(runId);
    }

    WorkflowRun find(RepositoryRef repo, String workflow, String ref, Instant since) {
        String login = client.login();
        RunFilter filter = RunFilter.any().event("workflow_dispatch").branch(shortName(ref)).actor(login)
                .createdSince(since);
        Instant deadline = clock.instant().plus(PATIENCE);
        while (true) {
            Optional<WorkflowRun> run = client.runs(repo, filter).stream()
                    .filter(r -> sameWorkflow(r, workflow))
                    .filter(r -> r.createdAt() == null || !r.createdAt().isBefore(since))
                    .filter(r -> !claimed.contains(r.id()))
                    .findFirst();
            if (run.isPresent() && claimed.add(run.get().id())) {
                return run.get();
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new DispatchException("GitHub accepted the dispatch of " + workflow + " on " + ref + ", but no run "
                        + "by " + login + " appeared within " + PATIENCE.toSeconds() + " s. Look at the repository's "
                        + "Actions tab; the run may be queued behind others or the workflow may be disabled.");
            }
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GitHubException(GitHubException.Kind.CANCELLED, 0, "Stopped looking for the run of "
                        + workflow + ".");
            }
        }
    }

    private static boolean sameWorkflow(WorkflowRun run, String workflow) {
        if (workflow.matches("\\d+")) {
            return Long.toString(run.workflowId()).equals(workflow);
        }
        String path = run.path() == null ? "" : run.path();
        return path.equals(workflow) || path.endsWith("/" + workflow);
    }

    /** Runs name their branch without {@code refs/heads/}. */
    static String shortName(String ref) {
        return ref.replaceFirst("^refs/(heads|tags)/", "");
    }
}
