package dev.wheelhouse.sandbox.http;

import java.util.Objects;

/**
 * One endpoint: method, path template, handler, and the scopes GitHub names in
 * {@code X-Accepted-OAuth-Scopes} for it (empty for Actions endpoints and {@code /user},
 * {@code repo} for the repository endpoints, as recorded).
 */
public record Route(String method, RouteTemplate template, String acceptedScopes,
                    RouteHandler handler) {

    public Route {
        Objects.requireNonNull(method);
        Objects.requireNonNull(template);
        Objects.requireNonNull(acceptedScopes);
        Objects.requireNonNull(handler);
    }

    /** The key statistics count this route under, e.g. {@code GET /repos/{owner}/{repo}}. */
    public String key() {
        return method + " " + template.text();
    }
}
