package dev.wheelhouse.sandbox.http;

import dev.wheelhouse.github.model.ErrorBody;

import java.util.List;

/**
 * An error answer in GitHub's form, thrown from a handler. The messages are GitHub's own
 * wording where it is known (see samples/github-api/DOCUMENTED.md, section 5).
 */
public final class ApiException extends RuntimeException {

    private static final String REST_DOCS = "https://docs.github.com/rest";

    private final transient ApiResponse response;

    public ApiException(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }

    public static ApiException of(int status, String message, String documentationUrl) {
        return new ApiException(ApiResponse.json(status,
                new ErrorBody(message, documentationUrl, status)));
    }

    public static ApiException notFound(String documentationUrl) {
        return of(404, "Not Found", documentationUrl);
    }

    public static ApiException notFound() {
        return notFound(REST_DOCS);
    }

    public static ApiException badCredentials() {
        return of(401, "Bad credentials", REST_DOCS);
    }

    public static ApiException requiresAuthentication(String documentationUrl) {
        return of(401, "Requires authentication", documentationUrl);
    }

    public static ApiException problemsParsingJson(String documentationUrl) {
        return of(400, "Problems parsing JSON", documentationUrl);
    }

    /** 422 with a plain message, as the recorded dispatch refusals. */
    public static ApiException unprocessable(String message, String documentationUrl) {
        return of(422, message, documentationUrl);
    }

    /** 422 {@code validation-error}: a message plus one field error. */
    public static ApiException invalid(String message, String documentationUrl,
                                       ErrorBody.FieldError error) {
        return new ApiException(ApiResponse.json(422,
                new ErrorBody(message, documentationUrl, "422", List.of(error))));
    }

    public static ApiException conflict(String message, String documentationUrl) {
        return of(409, message, documentationUrl);
    }
}
