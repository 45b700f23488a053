package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * GitHub's error body ({@code basic-error}, or {@code validation-error} with {@code errors}).
 * Every member may be absent: bodies up to 2021 have only {@code message} and
 * {@code documentation_url}; newer ones add {@code status}, the HTTP code as a string.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String message, String documentationUrl, String status,
                        List<FieldError> errors) {

    public ErrorBody {
        errors = errors == null ? null : List.copyOf(errors);
    }

    public ErrorBody(String message, String documentationUrl, int status) {
        this(message, documentationUrl, Integer.toString(status), null);
    }

    /** One entry of a validation error's {@code errors} array. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String resource, String field, String code, String message) {
    }
}
