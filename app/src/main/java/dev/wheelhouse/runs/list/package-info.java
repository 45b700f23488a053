/**
 * A workflow's runs, a page at a time:
 * {@code runsList.page(repo, "release.yml", RunsFilter.any().branch(b).status(s).event(e), page)}
 * gives a {@link dev.wheelhouse.runs.list.RunsPage} of {@code RunInfo}s (status, conclusion,
 * branch, event, actor, start, {@code elapsed(now)}, attempt). It blocks on the network: call it
 * from a background task.
 */
package dev.wheelhouse.runs.list;
