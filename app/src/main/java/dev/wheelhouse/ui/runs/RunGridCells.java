package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.ui.common.Heat;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.runs.model.MatrixCells;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.model.StripJob;
import dev.wheelhouse.workflow.grid.GridCell;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a run snapshot into what the grid and the strip show. A cell holds the run job the
 * watcher matched to its combination by display name ({@link MatrixCells}); a cell whose job
 * GitHub has not created yet waits.
 */
final class RunGridCells {

    private RunGridCells() {
    }

    static RunCell cell(GridCell cell, MatrixCells matrix, RunSnapshot snapshot, Instant now) {
        return cell(cell, matrix, snapshot, now, java.util.Set.of());
    }

    /** @param highlighted names of the jobs the chosen run-summary reason covers */
    static RunCell cell(GridCell cell, MatrixCells matrix, RunSnapshot snapshot, Instant now,
                        java.util.Set<String> highlighted) {
        switch (cell.state()) {
            case EXCLUDED -> {
                return blank(StatusBadge.EXCLUDED, "Excluded by the matrix: no job runs with these values.");
            }
            case EMPTY -> {
                return blank(StatusBadge.NONE, "No job runs with these values.");
            }
            case DYNAMIC -> {
                return blank(StatusBadge.NONE, "The matrix is computed when the workflow runs; its jobs are "
                        + "listed beside the grid.");
            }
            default -> {
                // NORMAL and INCLUDED cells run jobs.
            }
        }
        List<JobSnapshot> jobs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int index : cell.jobIndexes()) {
            expected.add(index < matrix.expectedNames().size() ? matrix.expectedNames().get(index) : "job " + index);
            matrix.runJobAt(index).flatMap(snapshot::job).ifPresent(jobs::add);
        }
        if (jobs.isEmpty()) {
            return new RunCell(StatusBadge.WAITING, "", Optional.empty(), "",
                    String.join("\n", expected) + "\nNot created yet: GitHub creates it once the jobs it needs "
                            + "have finished.", Optional.empty(), cell.jobIndexes().size());
        }
        JobSnapshot job = jobs.get(0);
        StatusBadge badge = StatusBadge.of(job.status(), job.conclusion());
        Optional<JobStats> stats = snapshot.statsOf(job.id());
        // No band until figures are read: an unknown rate shows nothing rather than a grey guess.
        Optional<Heat> heat = stats.filter(JobStats::hasFigures).map(s -> Heat.of(s.summary().hitRate()))
                .filter(h -> h != Heat.UNKNOWN);
        String rate = stats.filter(JobStats::hasFigures).map(s -> CacheLines.shortRate(s.summary().hitRate()))
                .orElse("");
        Optional<Failure> failure = snapshot.failureOf(job.id()).flatMap(f -> f.report().primary());
        StringBuilder tip = new StringBuilder(job.name()).append('\n').append(badge.word());
        failure.ifPresent(f -> tip.append(": ").append(f.failureClass().words()).append('\n')
                .append(f.hasLine() ? "line " + f.line() + ": " : "").append(FailureTexts.shorten(f.text().strip()))
                .append('\n').append(f.message()));
        job.duration(now).ifPresent(d -> tip.append(" · ").append(Durations.of(d)));
        if (job.runnerName() != null && !job.runnerName().isEmpty()) {
            tip.append(" · ").append(job.runnerName());
        }
        stats.ifPresent(s -> {
            tip.append('\n').append(CacheLines.job(s));
            s.problem().ifPresent(p -> tip.append('\n').append(p));
        });
        if (jobs.size() > 1) {
            tip.append("\nand ").append(jobs.size() - 1).append(" more job(s) with the same values");
        }
        tip.append("\nClick for steps, runner and cache details.");
        return new RunCell(badge, job.duration(now).map(Durations::of).orElse(""), heat,
                rate, tip.toString(), Optional.of(job.id()), cell.jobIndexes().size(),
                failure.map(Failure::failureClass), highlighted.contains(job.name()));
    }

    private static RunCell blank(StatusBadge badge, String tooltip) {
        return new RunCell(badge, "", Optional.empty(), "", tooltip, Optional.empty(), 0);
    }

    static List<StripItem> strip(RunSnapshot snapshot, Instant now) {
        List<StripItem> items = new ArrayList<>();
        for (StripJob job : snapshot.layout().strip()) {
            Optional<JobSnapshot> run = job.runJobId().flatMap(snapshot::job);
            StatusBadge badge = run.map(j -> StatusBadge.of(j.status(), j.conclusion())).orElse(StatusBadge.WAITING);
            String time = run.map(j -> Durations.of(j.duration(now))).orElse("—");
            items.add(new StripItem(job.name(), badge, time, job.needs(), run.map(JobSnapshot::id)));
        }
        return List.copyOf(items);
    }
}
