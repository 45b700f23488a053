package dev.wheelhouse.sandbox.api;

/**
 * How the server answers a dispatch that asks for the run it started
 * ({@code return_run_details: true}; samples/github-api DOCUMENTED.md, section 1).
 */
public enum RunDetailsSupport {
    /** github.com since 2026-02-19: 200 with {@code workflow_run_id}, {@code run_url}, {@code html_url}. */
    RETURNED,
    /** A server that accepts the field but still answers 204 with no body. */
    IGNORED,
    /**
     * Enterprise Server 3.20 and older: the unknown field is refused with 400 and nothing is
     * dispatched (cli/cli#12672); without it, 204.
     */
    REFUSED
}
