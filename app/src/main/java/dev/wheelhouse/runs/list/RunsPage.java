package dev.wheelhouse.runs.list;

import dev.wheelhouse.runs.model.RunInfo;
import java.util.List;

/**
 * One page of a workflow's runs, newest first.
 *
 * @param page       from 1
 * @param totalCount runs matching the filter in all
 */
public record RunsPage(List<RunInfo> runs, int page, int perPage, int totalCount) {

    public RunsPage {
        runs = List.copyOf(runs);
    }

    public boolean hasNext() {
        return (long) page * perPage < totalCount;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
