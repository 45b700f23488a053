package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The 200 answer to a dispatch with {@code return_run_details: true} (API 2022-11-28) or any
 * dispatch under API 2026-03-10 ({@code workflow-dispatch-response}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkflowDispatchResponse(long workflowRunId, String runUrl, String htmlUrl) {
}
