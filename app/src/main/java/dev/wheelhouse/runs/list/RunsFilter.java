package dev.wheelhouse.runs.list;

import java.util.Optional;

/**
 * The runs list's filters, as GitHub applies them
 * (https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow).
 *
 * @param status a status ({@code queued}, {@code in_progress}, {@code completed}, …) or a
 *               conclusion ({@code success}, {@code failure}, {@code cancelled}, …): GitHub takes both
 */
public record RunsFilter(Optional<String> branch, Optional<String> status, Optional<String> event) {

    public static RunsFilter any() {
        return new RunsFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RunsFilter branch(String b) {
        return new RunsFilter(blankless(b), status, event);
    }

    public RunsFilter status(String s) {
        return new RunsFilter(branch, blankless(s), event);
    }

    public RunsFilter event(String e) {
        return new RunsFilter(branch, status, blankless(e));
    }

    private static Optional<String> blankless(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
