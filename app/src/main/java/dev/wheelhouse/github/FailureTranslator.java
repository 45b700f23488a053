package dev.wheelhouse.github;

import dev.wheelhouse.github.model.ErrorBody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a refusal from GitHub into a {@link GitHubException} whose message tells the user what
 * happened and what to do. Messages quote GitHub's own {@code message} where it explains the
 * refusal; they never contain the token.
 */
final class FailureTranslator {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.ROOT);
    private static final String WORKFLOWS_DIR = "/contents/.github/workflows/";

    private final Clock clock;
    private final TokenKind tokenKind;

    FailureTranslator(Clock clock, TokenKind tokenKind) {
        this.clock = clock;
        this.tokenKind = tokenKind;
    }

    GitHubException translate(ApiCall call, ApiReply reply) {
        int status = reply.status();
        String gh = reply.errorBody().map(ErrorBody::message).filter(m -> !m.isBlank())
                .map(m -> m.replaceAll("\\s+", " ").strip()).orElse("");
        String subject = call.subject();
        switch (status) {
            case 401 -> {
                return new GitHubException(GitHubException.Kind.BAD_CREDENTIALS, status, "GitHub rejected the token "
                        + "(401 " + (gh.isEmpty() ? "Bad credentials" : gh) + "): it is wrong, expired or revoked. "
                        + "Create a new token and enter it in Settings, or fix the environment variable that holds it.");
            }
            case 403, 429 -> {
                if (isRateLimit(reply, gh)) {
                    return rateLimited(reply, subject);
                }
                return forbidden(call, reply, gh);
            }
            case 404 -> {
                Optional<GitHubException> scope = hiddenMissingScope(call, reply);
                if (scope.isPresent()) {
                    return scope.get();
                }
                return new GitHubException(GitHubException.Kind.NOT_FOUND, status, "GitHub found no " + subject
                        + " (404): it does not exist, or this token cannot see it (GitHub answers 404 for private "
                        + "repositories a token has no access to). Check the name and the token's repository access.");
            }
            case 409 -> {
                return new GitHubException(GitHubException.Kind.CONFLICT, status, capitalise(subject)
                        + " changed on GitHub since it was loaded (409 Conflict" + (gh.isEmpty() ? "" : ": " + gh)
                        + "). Load it again and re-apply the change.");
            }
            case 400, 422 -> {
                return new GitHubException.Refused(status, "GitHub refused the request for " + subject + " (" + status + ")"
                        + (gh.isEmpty() ? "." : ": " + sentence(gh)) + hint(gh), gh);
            }
            default -> {
                if (status >= 500) {
                    return serverError(status, subject, 1);
                }
                return new GitHubException(GitHubException.Kind.UNEXPECTED, status, "GitHub answered " + status
                        + " for " + subject + (gh.isEmpty() ? "" : ": " + sentence(gh))
                        + " This is not an answer Wheelhouse expects; check the API URL in Settings.");
            }
        }
    }

    GitHubException serverError(int status, String subject, int attempts) {
        return new GitHubException(GitHubException.Kind.SERVER_ERROR, status, "GitHub had a server error ("
                + status + ") with " + subject + (attempts > 1 ? " on all " + attempts + " tries" : "")
                + ". Try again in a few minutes; https://www.githubstatus.com shows ongoing incidents.");
    }

    GitHubException network(ApiCall call, String reason, int attempts, Throwable cause) {
        return new GitHubException(GitHubException.Kind.NETWORK, 0, "Could not reach " + call.uri().getHost()
                + " for " + call.subject() + ": " + reason + (attempts > 1 ? " (" + attempts + " tries)" : "")
                + ". Check the network connection and the API URL.", cause);
    }

    GitHubException.RateLimited rateLimited(ApiReply reply, String subject) {
        Optional<RateLimitState> state = RateLimitState.fromHeaders(reply);
        Optional<Duration> retryAfter = retryAfter(reply);
        if (state.isPresent() && state.get().spent() && retryAfter.isEmpty()) {
            Instant reset = state.get().reset();
            return new GitHubException.RateLimited(reply.status(), "GitHub's API rate limit for this token is used "
                    + "up (0 of " + state.get().limit() + " requests left this hour); it resets at "
                    + at(reset) + ". Wait until then, or use another token.", reset);
        }
        Instant resume = clock.instant().plus(retryAfter.orElse(Duration.ofMinutes(1)));
        if (state.isPresent() && state.get().spent()) {
            return new GitHubException.RateLimited(reply.status(), "GitHub's API rate limit for this token is used "
                    + "up (0 of " + state.get().limit() + " requests left); it resets at "
                    + at(state.get().reset()) + ". Wait until then, or use another token.",
                    state.get().reset());
        }
        return new GitHubException.RateLimited(reply.status(), "GitHub's secondary rate limit stopped the request for "
                + subject + " (too many requests in a short time). Try again after "
                + at(resume) + ".", resume);
    }

    /** A time of day for the user, in their zone; UTC spelled out rather than "Z". */
    private String at(Instant instant) {
        java.time.ZoneId zone = clock.getZone().normalized().equals(java.time.ZoneOffset.UTC)
                ? java.time.ZoneId.of("UTC") : clock.getZone();
        return TIME.format(instant.atZone(zone));
    }

    /** Primary limit: remaining is 0. Secondary: a Retry-After, or GitHub's wording. */
    static boolean isRateLimit(ApiReply reply, String gitHubMessage) {
        if (reply.status() != 403 && reply.status() != 429) {
            return false;
        }
        if (reply.status() == 429 || reply.header("Retry-After").isPresent()) {
            return true;
        }
        boolean spent = RateLimitState.fromHeaders(reply).map(RateLimitState::spent).orElse(false);
        return spent || gitHubMessage.toLowerCase(Locale.ROOT).contains("rate limit");
    }

    static Optional<Duration> retryAfter(ApiReply reply) {
        try {
            return reply.header("Retry-After").map(s -> Duration.ofSeconds(Math.max(0, Long.parseLong(s.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private GitHubException forbidden(ApiCall call, ApiReply reply, String gh) {
        List<String> missing = missingFromHeaders(reply);
        if (!missing.isEmpty()) {
            return new GitHubException.MissingPermission(403, "GitHub refused access to " + call.subject()
                    + " (403): the token lacks " + describe(missing) + ". " + howToAdd(missing), missing);
        }
        return new GitHubException(GitHubException.Kind.PERMISSION, 403, "GitHub refused access to "
                + call.subject() + " (403" + (gh.isEmpty() ? "" : ": " + gh) + "). Check that the token's account "
                + "may do this in the repository, and that the token has access to it.");
    }

    /**
     * GitHub answers a plain 404 when a token without the {@code workflow} scope writes a
     * workflow file (octokit/octokit.rb#1184, github/docs#4770), and when a classic token
     * without {@code repo} writes to a repository. Name the scope instead of "not found".
     */
    private Optional<GitHubException> hiddenMissingScope(ApiCall call, ApiReply reply) {
        if (call.idempotent()) {
            return Optional.empty();
        }
        Optional<Set<String>> scopes = reply.header("X-OAuth-Scopes").map(FailureTranslator::scopeSet);
        boolean workflowFile = call.uri().getRawPath().contains(WORKFLOWS_DIR);
        List<String> missing = new ArrayList<>();
        if (tokenKind.hasScopes() && scopes.isPresent()) {
            Set<String> have = scopes.get();
            if (!have.contains("repo") && !have.contains("public_repo")) {
                missing.add("repo");
            }
            if (workflowFile && !have.contains("workflow")) {
                missing.add("workflow");
            }
        } else if (!tokenKind.hasScopes() && workflowFile) {
            missing.add("Workflows: write");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GitHubException.MissingPermission(404, "GitHub refused to write " + call.subject()
                + " (it answers 404 Not Found when a token lacks a " + (tokenKind.hasScopes() ? "scope" : "permission")
                + " for the write): the token lacks "
                + describe(missing) + ". " + howToAdd(missing), missing));
    }

    private List<String> missingFromHeaders(ApiReply reply) {
        Optional<String> accepted = reply.header("X-Accepted-OAuth-Scopes").filter(s -> !s.isBlank());
        Optional<String> have = reply.header("X-OAuth-Scopes");
        if (accepted.isPresent() && have.isPresent() && tokenKind.hasScopes()) {
            Set<String> owned = scopeSet(have.get());
            List<String> options = new ArrayList<>(scopeSet(accepted.get()));
            if (options.stream().noneMatch(owned::contains)) {
                // Any one accepted scope would do; name the narrowest, which GitHub lists last.
                return List.of(options.get(options.size() - 1));
            }
        }
        Optional<String> permissions = reply.header("X-Accepted-GitHub-Permissions").filter(s -> !s.isBlank());
        if (permissions.isPresent()) {
            // "actions=write; contents=read,metadata=read": alternatives by ';', each a set joined by ','.
            String first = permissions.get().split(";")[0];
            return Arrays.stream(first.split(",")).map(String::strip).filter(s -> s.contains("="))
                    .map(FailureTranslator::permissionName).toList();
        }
        return List.of();
    }

    static Set<String> scopeSet(String header) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : header.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** {@code actions=write} → {@code Actions: write}, as the token settings page names it. */
    static String permissionName(String pair) {
        String[] kv = pair.split("=", 2);
        String name = Arrays.stream(kv[0].split("_"))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .reduce((a, b) -> a + " " + b).orElse(kv[0]);
        return name + ": " + kv[1];
    }

    private String describe(List<String> missing) {
        boolean permissions = missing.stream().anyMatch(m -> m.contains(":"));
        String list = String.join(" and ", missing.stream().map(m -> "'" + m + "'").toList());
        return (permissions ? "the permission " : "the scope ") + list;
    }

    private String howToAdd(List<String> missing) {
        if (missing.stream().anyMatch(m -> m.contains(":"))) {
            return tokenKind.isGitHubApp()
                    ? "Grant it to the GitHub App and accept the new permissions on the installation."
                    : "Edit the fine-grained token on GitHub (Settings → Developer settings → Fine-grained tokens) "
                    + "and grant it, for this repository.";
        }
        return "Edit the token on GitHub (Settings → Developer settings → Tokens (classic)) and tick it, "
                + "or run: gh auth refresh --scopes " + String.join(",", missing);
    }

    private static String hint(String gh) {
        String m = gh.toLowerCase(Locale.ROOT);
        if (m.contains("workflow_dispatch") && m.contains("trigger")) {
            return " The workflow file on that ref has no 'workflow_dispatch:' under 'on:'; add it there, "
                    + "or pick a ref where the workflow has it.";
        }
        if (m.startsWith("unexpected inputs")) {
            return " Remove those inputs, or declare them under on.workflow_dispatch.inputs on that ref.";
        }
        if (m.startsWith("required input")) {
            return " Give a value for it.";
        }
        if (m.startsWith("no ref found")) {
            return " Check the branch or tag name.";
        }
        if (m.contains("reference already exists")) {
            return " Choose another branch name.";
        }
        return "";
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
