package dev.wheelhouse.runs.model;

import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixSpec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One matrix job of the workflow on a run: which run job sits at each job index of the
 * expansion. The indexes are those of {@code MatrixGridLayout.of(spec(), expansion(), …)} cells
 * ({@code GridCell.jobIndexes()}), so the run view lays the grid out exactly as the editor does.
 *
 * @param report       the expansion and the display names expected at the run's commit
 * @param runJobByIndex job index to run job id, for the indexes whose job GitHub has created
 */
public record MatrixCells(JobMatrixReport report, Map<Integer, Long> runJobByIndex) {

    public MatrixCells {
        runJobByIndex = Collections.unmodifiableMap(new TreeMap<>(runJobByIndex));
    }

    public String workflowJobId() {
        return report.job().id();
    }

    public Optional<MatrixSpec> spec() {
        return report.job().matrix();
    }

    public MatrixExpansion expansion() {
        return report.expansion();
    }

    /** The display name GitHub gives the job at {@code jobIndex}. */
    public List<String> expectedNames() {
        return report.names();
    }

    public Optional<Long> runJobAt(int jobIndex) {
        return Optional.ofNullable(runJobByIndex.get(jobIndex));
    }

    public OptionalInt indexOf(long runJobId) {
        for (Map.Entry<Integer, Long> e : runJobByIndex.entrySet()) {
            if (e.getValue() == runJobId) {
                return OptionalInt.of(e.getKey());
            }
        }
        return OptionalInt.empty();
    }
}
