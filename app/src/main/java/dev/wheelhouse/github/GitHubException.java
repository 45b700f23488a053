package dev.wheelhouse.github;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A call to GitHub that failed, with a one-line message written for the user (what happened,
 * what to do). The message never holds the token. Subclasses carry what a screen needs to
 * offer more than the message: the reset time of a rate limit, the permissions to add.
 */
public class GitHubException extends RuntimeException {

    /** What went wrong, for code that reacts differently to each. */
    public enum Kind {
        /** 401: the token is wrong, expired or revoked. */
        BAD_CREDENTIALS,
        /** 403 (or a 404 GitHub gives instead): the token lacks a scope or permission. */
        PERMISSION,
        /** 403/429 with the rate limit spent, or a secondary limit. */
        RATE_LIMITED,
        /** 404: the thing does not exist or the token cannot see it. */
        NOT_FOUND,
        /** 409: e.g. a file changed since it was loaded. */
        CONFLICT,
        /** 400/422: GitHub refused the request's content; its message says why. */
        REFUSED,
        /** 5xx, after the retries an idempotent call gets. */
        SERVER_ERROR,
        /** No answer: connection refused, reset, timed out, or DNS. */
        NETWORK,
        /** An answer that is not what GitHub documents. */
        UNEXPECTED,
        /** The caller stopped waiting (interrupted or cancelled). */
        CANCELLED
    }

    private final Kind kind;
    private final int status;

    public GitHubException(Kind kind, int status, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
    }

    public GitHubException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The message for the user. */
    public String userMessage() {
        return getMessage();
    }

    /** A rate limit: when it resets, if GitHub said. */
    public static final class RateLimited extends GitHubException {
        private final Instant resetAt;

        public RateLimited(int status, String message, Instant resetAt) {
            super(Kind.RATE_LIMITED, status, message);
            this.resetAt = resetAt;
        }

        public Optional<Instant> resetAt() {
            return Optional.ofNullable(resetAt);
        }
    }

    /** A missing scope or permission, named so Settings can say exactly what to add. */
    public static final class MissingPermission extends GitHubException {
        private final List<String> missing;

        public MissingPermission(int status, String message, List<String> missing) {
            super(Kind.PERMISSION, status, message);
            this.missing = List.copyOf(missing);
        }

        /** Scopes ({@code workflow}) or permissions ({@code Workflows: write}) to add. */
        public List<String> missing() {
            return missing;
        }
    }

    /** 400/422: GitHub refused the request's content; its own message is kept for code that must recognise it. */
    public static final class Refused extends GitHubException {
        private final String gitHubMessage;

        public Refused(int status, String message, String gitHubMessage) {
            super(Kind.REFUSED, status, message);
            this.gitHubMessage = gitHubMessage;
        }

        /** GitHub's {@code message}, verbatim; empty when it sent none. */
        public String gitHubMessage() {
            return gitHubMessage;
        }
    }
}
