package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * The body of {@code POST …/actions/workflows/{workflow_id}/dispatches}. Input values are
 * strings, booleans or numbers as the workflow declares them; {@code return_run_details} is
 * left out when null (GitHub Enterprise Server 3.20 and older reject the field with 400).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkflowDispatchRequest(
        String ref,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> inputs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean returnRunDetails) {

    public WorkflowDispatchRequest {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }
}
