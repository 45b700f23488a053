package dev.wheelhouse.sandbox.http;

import java.util.Objects;

/**
 * One endpoint: method, path template, handler, and what GitHub says it accepts: the scopes of
 * {@code X-Accepted-OAuth-Scopes} (empty for Actions endpoints and {@code /user}, {@code repo}
 * for the repository endpoints, as recorded) and the fine-grained permissions of
 * {@code X-Accepted-GitHub-Permissions} (as listed on
 * https://docs.github.com/rest/authentication/permissions-required-for-fine-grained-personal-access-tokens;
 * empty when none is needed).
 */
public record Route(String method, RouteTemplate template, String acceptedScopes, String acceptedPermissions,
                    RouteHandler handler) {

    public Route {
        Objects.requireNonNull(method);
        Objects.requireNonNull(template);
        Objects.requireNonNull(acceptedScopes);
        Objects.requireNonNull(acceptedPermissions);
        Objects.requireNonNull(handler);
    }

    /** The key statistics count this route under, e.g. {@code GET /repos/{owner}/{repo}}. */
    public String key() {
        return method + " " + template.text();
    }
}
