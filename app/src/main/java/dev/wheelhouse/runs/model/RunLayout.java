package dev.wheelhouse.runs.model;

import dev.wheelhouse.workflow.JobMatrixReport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each job of a run shows: matrix jobs on their grids, the others in a strip ordered by
 * {@code needs}. Built by matching the run's job names exactly against the names the workflow
 * file renders at the run's commit; when a name occurs more than once (duplicate matrix
 * entries), the occurrences pair up in creation order.
 *
 * @param matrices the workflow's matrix jobs, in {@code needs} order
 * @param strip    jobs without a matrix in {@code needs} order, then run jobs nothing explains
 * @param problem  why the layout is partial, for the view to say
 */
public record RunLayout(List<MatrixCells> matrices, List<StripJob> strip, Optional<String> problem) {

    public RunLayout {
        matrices = List.copyOf(matrices);
        strip = List.copyOf(strip);
    }

    public static RunLayout place(WorkflowPlan plan, List<JobSnapshot> jobs) {
        Map<String, Deque<JobSnapshot>> byName = new HashMap<>();
        jobs.stream().sorted(Comparator.comparingLong(JobSnapshot::id))
                .forEach(j -> byName.computeIfAbsent(j.name(), k -> new ArrayDeque<>()).add(j));
        List<MatrixCells> matrices = new ArrayList<>();
        List<StripJob> strip = new ArrayList<>();
        for (JobMatrixReport report : plan.jobs()) {
            if (report.job().matrix().isPresent()) {
                Map<Integer, Long> cells = new LinkedHashMap<>();
                List<String> names = report.names();
                for (int i = 0; i < names.size(); i++) {
                    JobSnapshot job = take(byName, names.get(i));
                    if (job != null) {
                        cells.put(i, job.id());
                    }
                }
                matrices.add(new MatrixCells(report, cells));
            } else {
                String name = report.names().isEmpty() ? report.job().defaultNameBase() : report.names().get(0);
                JobSnapshot job = take(byName, name);
                strip.add(new StripJob(Optional.of(report.job().id()), name, report.job().needs(),
                        Optional.ofNullable(job).map(JobSnapshot::id)));
            }
        }
        Optional<String> problem = plan.problem();
        List<JobSnapshot> unexplained = byName.values().stream().flatMap(Deque::stream)
                .sorted(Comparator.comparingLong(JobSnapshot::id)).toList();
        for (JobSnapshot job : unexplained) {
            strip.add(new StripJob(Optional.empty(), job.name(), List.of(), Optional.of(job.id())));
        }
        if (problem.isEmpty() && !unexplained.isEmpty() && !plan.jobs().isEmpty()) {
            problem = Optional.of(unexplained.size() + (unexplained.size() == 1 ? " job's name matches" : " jobs' names match")
                    + " no job of the workflow file at this commit (a dynamic matrix or a reusable workflow?); "
                    + "they are listed beside the grid.");
        }
        return new RunLayout(matrices, strip, problem);
    }

    /** The matrix job that holds a run job, if any. */
    public Optional<MatrixCells> matrixOf(long runJobId) {
        return matrices.stream().filter(m -> m.indexOf(runJobId).isPresent()).findFirst();
    }

    private static JobSnapshot take(Map<String, Deque<JobSnapshot>> byName, String name) {
        Deque<JobSnapshot> queue = byName.get(name);
        if (queue == null || queue.isEmpty()) {
            return null;
        }
        JobSnapshot job = queue.poll();
        if (queue.isEmpty()) {
            byName.remove(name);
        }
        return job;
    }
}
