package dev.wheelhouse.runs.watch;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.dispatch.DispatchLog;
import dev.wheelhouse.runs.dispatch.DispatchRecord;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.WorkflowPlan;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow plans of runs, from the workflow file read through the Contents API at each run's
 * own commit (a run of an older commit has that commit's matrix). A file at a commit never
 * changes, so each (file, commit, event, branch, inputs) is read and planned once; the few
 * most recent are kept.
 */
public final class WorkflowPlans {

    private static final int KEPT = 32;

    private final GitHubClient client;
    private final DispatchLog dispatches;
    private final Map<String, WorkflowPlan> plans = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WorkflowPlan> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * @param dispatches where Wheelhouse's own dispatches are logged: their inputs let names that
     *                   use {@code inputs.*} render as GitHub rendered them
     */
    public WorkflowPlans(GitHubClient client, DispatchLog dispatches) {
        this.client = client;
        this.dispatches = dispatches;
    }

    /**
     * The plan for {@code run}. A file that cannot be had gives a plan without jobs and a problem
     * to show; empty after a passing failure (network, rate limit), which is not remembered, so
     * the next poll tries again.
     */
    public Optional<WorkflowPlan> planFor(RepositoryRef repo, RunInfo run) {
        if (run.workflowPath() == null || run.headSha() == null) {
            return Optional.of(WorkflowPlan.unavailable("GitHub did not say which workflow file or commit this run "
                    + "is of, so its jobs are listed without the grid."));
        }
        Map<String, Object> inputs = dispatches.forRun(repo.fullName(), run.id())
                .<Map<String, Object>>map(DispatchRecord::inputs).orElse(Map.of());
        String key = repo + "|" + run.workflowPath() + "|" + run.headSha() + "|" + run.event() + "|" + run.branch()
                + "|" + inputs;
        synchronized (plans) {
            WorkflowPlan known = plans.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<WorkflowPlan> plan = read(repo, run, inputs);
        plan.ifPresent(p -> {
            synchronized (plans) {
                plans.put(key, p);
            }
        });
        return plan;
    }

    private Optional<WorkflowPlan> read(RepositoryRef repo, RunInfo run, Map<String, Object> inputs) {
        String shortSha = run.headSha().length() > 7 ? run.headSha().substring(0, 7) : run.headSha();
        String text;
        try {
            text = client.readFile(repo, run.workflowPath(), run.headSha()).text();
        } catch (GitHubException e) {
            return switch (e.kind()) {
                case NOT_FOUND, UNEXPECTED -> Optional.of(WorkflowPlan.unavailable("The workflow file "
                        + run.workflowPath() + " could not be read at commit " + shortSha + " (" + e.userMessage()
                        + "); the jobs are listed without the grid."));
                default -> Optional.empty();
            };
        }
        try {
            WorkflowDocument document = WorkflowDocument.parse(text);
            return Optional.of(WorkflowPlan.of(document, WorkflowPlan.contextOf(run, inputs)));
        } catch (WorkflowParseException e) {
            return Optional.of(WorkflowPlan.unavailable("The workflow file " + run.workflowPath() + " at commit "
                    + shortSha + " is not valid YAML (" + e.getMessage() + "); the jobs are listed without the grid."));
        }
    }
}
