package dev.wheelhouse.github;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What "Test connection" found.
 *
 * @param login          the account the token belongs to
 * @param tokenKind      classic, fine-grained, OAuth, GitHub App…
 * @param scopes         a classic or OAuth token's scopes ({@code X-OAuth-Scopes}); empty for the
 *                       kinds that have permissions instead
 * @param rateLimit      the budget after the test
 * @param missing        scopes Wheelhouse needs that the token lacks ({@code repo}, {@code workflow}),
 *                       named before the user meets the refusal
 * @param toConfirm      for fine-grained and App tokens, whose permissions GitHub does not list:
 *                       the permissions Wheelhouse needs, for the user to confirm on GitHub
 * @param expiresAt      when GitHub says the token expires, if it does
 */
public record ConnectionReport(String login, TokenKind tokenKind, Optional<List<String>> scopes,
                               RateLimitState rateLimit, List<String> missing, List<String> toConfirm,
                               Optional<Instant> expiresAt) {

    /** Classic scopes the whole loop needs: read and write the repository, change workflow files. */
    public static final List<String> NEEDED_SCOPES = List.of("repo", "workflow");
    /** Fine-grained permissions the whole loop needs; Checks is for job annotations. */
    public static final List<String> NEEDED_PERMISSIONS = List.of("Actions: read and write",
            "Contents: read and write", "Workflows: read and write", "Checks: read");

    public ConnectionReport {
        scopes = scopes.map(List::copyOf);
        missing = List.copyOf(missing);
        toConfirm = List.copyOf(toConfirm);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** One line for the Settings screen. */
    public String summary() {
        StringBuilder s = new StringBuilder("Connected as ").append(login).append(" with a ")
                .append(tokenKind.description());
        scopes.ifPresent(list -> s.append(" (scopes: ").append(list.isEmpty() ? "none" : String.join(", ", list))
                .append(')'));
        if (rateLimit.known()) {
            s.append("; ").append(rateLimit.remaining()).append(" of ").append(rateLimit.limit())
                    .append(" API requests left this hour");
        }
        s.append('.');
        if (!missing.isEmpty()) {
            s.append(" Missing scope").append(missing.size() > 1 ? "s " : " ").append(String.join(" and ", missing))
                    .append(": add ").append(missing.size() > 1 ? "them" : "it")
                    .append(" to the token, or pushing and dispatching will be refused.");
        }
        if (!toConfirm.isEmpty()) {
            s.append(" GitHub does not list a fine-grained token's permissions: make sure it has ")
                    .append(String.join(", ", toConfirm)).append(" on the repository.");
        }
        return s.toString();
    }
}
