package dev.wheelhouse.runs.dispatch;

/**
 * The run a dispatch started.
 *
 * @param foundBySearch true when GitHub did not name the run and it was found among the runs
 *                      (older Enterprise Server, or a 204 answer)
 */
public record DispatchResult(long runId, String htmlUrl, DispatchRecord record, boolean foundBySearch) {
}
