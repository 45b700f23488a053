package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.FailureGroup;
import dev.wheelhouse.runs.model.RunSnapshot;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run summary's reasons ("compile-error in 5 cells: src/orbit.rs:41 `mismatched types`"), the
 * largest first, and the one the user chose, whose cells the grid outlines. FX thread only.
 */
final class RunReasons {

    private final ObservableList<FailureGroup> reasons = FXCollections.observableArrayList();
    private final ObservableList<FailureGroup> view = FXCollections.unmodifiableObservableList(reasons);
    private Set<String> chosen = Set.of();

    void update(RunSnapshot s) {
        List<FailureGroup> groups = s.failureGroups();
        if (!groups.equals(reasons)) {
            reasons.setAll(groups);
        }
    }

    ObservableList<FailureGroup> list() {
        return view;
    }

    /** Outlines the reason's cells; the names of its jobs. */
    List<String> choose(FailureGroup group) {
        chosen = Set.copyOf(group.jobNames());
        return group.jobNames();
    }

    /** Outlines the reason's cells; the id of its first job in {@code s}, if it has one there. */
    Optional<Long> chooseFirstJob(FailureGroup group, RunSnapshot s) {
        List<String> names = choose(group);
        if (s == null || names.isEmpty()) {
            return Optional.empty();
        }
        return s.jobs().stream().filter(j -> j.name().equals(names.get(0))).map(j -> j.id()).findFirst();
    }

    /** Names of the jobs whose cells are outlined. */
    Set<String> chosen() {
        return chosen;
    }
}
