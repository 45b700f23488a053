package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobList(int totalCount, List<Job> jobs) {

    public JobList {
        jobs = List.copyOf(jobs);
    }
}
