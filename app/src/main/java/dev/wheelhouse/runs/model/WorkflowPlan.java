package dev.wheelhouse.runs.model;

import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jobs a workflow file, read at a run's commit, makes GitHub show: for each workflow job in
 * {@code needs} order, its matrix expansion and the display names GitHub renders for it. Run
 * jobs are matched to these names exactly; a name is never split on {@code ", "}, because
 * matrix values may contain commas.
 *
 * @param jobs    the workflow's jobs, each after every job it needs (file order among equals)
 * @param problem why there is no plan (file unreadable, not YAML), for the view to say; empty
 *                when the plan is complete
 */
public record WorkflowPlan(List<JobMatrixReport> jobs, Optional<String> problem) {

    public WorkflowPlan {
        jobs = List.copyOf(jobs);
    }

    /** No file to go by: every run job goes to the strip, in the order GitHub lists them. */
    public static WorkflowPlan unavailable(String problem) {
        return new WorkflowPlan(List.of(), Optional.of(problem));
    }

    /**
     * The plan for a run of {@code document}.
     *
     * @param context what the run's expressions see ({@code github}, {@code inputs}); see
     *                {@link #contextOf(RunInfo, Map)}
     */
    public static WorkflowPlan of(WorkflowDocument document, ExpressionContext context) {
        List<JobMatrixReport> reports = new ArrayList<>();
        for (WorkflowJob job : needsOrder(document.jobs())) {
            reports.add(JobMatrixReport.of(document, job, context));
        }
        return new WorkflowPlan(reports, Optional.empty());
    }

    /**
     * The {@code github} and {@code inputs} contexts of a run, as far as its payload tells:
     * event, branch, commit, actor; the dispatch inputs when Wheelhouse dispatched the run
     * itself (the run payload does not carry them).
     */
    public static ExpressionContext contextOf(RunInfo run, Map<String, Object> inputs) {
        Map<String, Object> github = new LinkedHashMap<>();
        String branch = run.branch() == null ? "" : run.branch();
        github.put("event_name", run.event() == null ? "push" : run.event());
        github.put("ref", "refs/heads/" + branch);
        github.put("ref_name", branch);
        github.put("ref_type", "branch");
        github.put("sha", run.headSha() == null ? "" : run.headSha());
        github.put("actor", run.actor() == null ? "" : run.actor());
        github.put("triggering_actor", run.actor() == null ? "" : run.actor());
        github.put("run_attempt", String.valueOf(run.attempt()));
        github.put("base_ref", "");
        github.put("head_ref", "");
        github.put("event", Map.of("inputs", inputs));
        return ExpressionContext.empty().with("github", github).with("inputs", Map.copyOf(inputs));
    }

    public Optional<JobMatrixReport> job(String workflowJobId) {
        return jobs.stream().filter(r -> r.job().id().equals(workflowJobId)).findFirst();
    }

    /** Kahn's order over {@code needs}; a cycle or an unknown need leaves the rest in file order. */
    static List<WorkflowJob> needsOrder(List<WorkflowJob> jobs) {
        Set<String> known = new HashSet<>();
        jobs.forEach(j -> known.add(j.id()));
        List<WorkflowJob> left = new ArrayList<>(jobs);
        List<WorkflowJob> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (!left.isEmpty() && progress) {
            progress = false;
            for (int i = 0; i < left.size(); i++) {
                WorkflowJob job = left.get(i);
                boolean ready = job.needs().stream().allMatch(n -> placed.contains(n) || !known.contains(n));
                if (ready) {
                    ordered.add(job);
                    placed.add(job.id());
                    left.remove(i);
                    progress = true;
                    break;
                }
            }
        }
        ordered.addAll(left);
        return List.copyOf(ordered);
    }
}
