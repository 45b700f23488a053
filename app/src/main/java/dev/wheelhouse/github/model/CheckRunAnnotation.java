package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One item of {@code GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations} (a bare
 * array). All ten keys are always sent; the nullable ones as {@code null}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CheckRunAnnotation(
        String path,
        String blobHref,
        int startLine,
        Integer startColumn,
        int endLine,
        Integer endColumn,
        String annotationLevel,
        String title,
        String message,
        String rawDetails) {
}
