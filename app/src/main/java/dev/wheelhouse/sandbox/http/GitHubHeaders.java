package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.Headers;

/**
 * The headers api.github.com puts on every answer, as seen across the recordings in
 * samples/github-api (INDEX.md, "Headers observed"): security headers, media type, selected
 * API version, CORS, request id, rate limit, and the token's scopes or the endpoint's permissions.
 */
final class GitHubHeaders {

    static final String DEFAULT_API_VERSION = "2022-11-28";
    static final String NEXT_API_VERSION = "2026-03-10";

    private static final String EXPOSE = "ETag, Link, Location, Retry-After, X-GitHub-OTP,"
            + " X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource,"
            + " X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval,"
            + " X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset";

    private GitHubHeaders() {
    }

    /** {@code Date} is left to the HTTP server, which always sets it from the wall clock. */
    static void common(Headers h, String requestId, String apiVersion) {
        h.set("Server", "github.com");
        h.set("X-GitHub-Media-Type", "github.v3; format=json");
        h.set("x-github-api-version-selected", apiVersion);
        h.set("Access-Control-Expose-Headers", EXPOSE);
        h.set("Access-Control-Allow-Origin", "*");
        h.set("Strict-Transport-Security", "max-age=31536000; includeSubdomains; preload");
        h.set("X-Frame-Options", "deny");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-XSS-Protection", "0");
        h.set("Referrer-Policy", "origin-when-cross-origin, strict-origin-when-cross-origin");
        h.set("Content-Security-Policy", "default-src 'none'");
        h.set("X-GitHub-Request-Id", requestId);
    }

    static void rateLimit(Headers h, RateLimiter.Snapshot state) {
        h.set("X-RateLimit-Limit", Integer.toString(state.limit()));
        h.set("X-RateLimit-Remaining", Integer.toString(state.remaining()));
        h.set("X-RateLimit-Reset", Long.toString(state.reset()));
        h.set("X-RateLimit-Used", Integer.toString(state.used()));
        h.set("X-RateLimit-Resource", "core");
    }

    /**
     * What the token may do and what the endpoint accepts: scopes for a classic token; for a
     * fine-grained or App token no scope headers but the endpoint's permissions (recorded with a
     * fine-grained token: {@code x-accepted-github-permissions: actions=read}, no
     * {@code X-OAuth-Scopes}; samples/github-api INDEX.md). Absent on redirects (recorded: the
     * 302 of a job-log download has none).
     */
    static void access(Headers h, TokenGrant grant, String acceptedScopes, String acceptedPermissions) {
        if (grant == null) {
            return;
        }
        if (grant.type().scoped()) {
            h.set("X-OAuth-Scopes", grant.scopeHeader());
            h.set("X-Accepted-OAuth-Scopes", acceptedScopes);
        } else if (!acceptedPermissions.isEmpty()) {
            h.set("X-Accepted-GitHub-Permissions", acceptedPermissions);
        }
    }

    /** Two {@code Vary} values on a 200 GET, one otherwise, as recorded. */
    static void vary(Headers h, boolean okGet) {
        if (okGet) {
            h.set("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With");
        } else {
            h.set("Vary", "Accept-Encoding, Accept, X-Requested-With");
        }
    }
}
