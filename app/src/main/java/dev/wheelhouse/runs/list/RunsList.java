package dev.wheelhouse.runs.list;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.WorkflowRunList;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.model.RunInfo;

/**
 * The runs of one workflow, filtered and a page at a time. Each page is a conditional request,
 * so refreshing a list that has not changed costs nothing against the rate limit.
 */
public final class RunsList {

    public static final int DEFAULT_PER_PAGE = 25;

    private final ActionsCalls calls;

    public RunsList(ActionsCalls calls) {
        this.calls = calls;
    }

    /**
     * @param workflow the workflow's file name ({@code release.yml}) or id
     * @param page     from 1
     */
    public RunsPage page(RepositoryRef repo, String workflow, RunsFilter filter, int page, int perPage) {
        ActionsCalls.RunQuery query = new ActionsCalls.RunQuery(filter.branch(), filter.status(), filter.event());
        WorkflowRunList list = calls.workflowRuns(repo, workflow, query, page, perPage).value();
        return new RunsPage(list.workflowRuns().stream().map(RunInfo::of).toList(), Math.max(1, page),
                Math.max(1, Math.min(100, perPage)), list.totalCount());
    }

    public RunsPage page(RepositoryRef repo, String workflow, RunsFilter filter, int page) {
        return page(repo, workflow, filter, page, DEFAULT_PER_PAGE);
    }
}
