package dev.wheelhouse.sandbox.http;

/**
 * The kinds of token the sandbox issues, each in GitHub's form
 * (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 * A classic token carries OAuth scopes ({@code X-OAuth-Scopes} on every answer); fine-grained
 * and GitHub App tokens carry permissions instead, and GitHub names what an endpoint needs in
 * {@code X-Accepted-GitHub-Permissions}
 * (https://github.blog/changelog/2023-08-10-x-accepted-github-permissions-header-for-fine-grained-permission-actors).
 */
public enum TokenType {
    /** {@code ghp_} and 36 base62 characters. */
    CLASSIC("ghp_", "", true),
    /** {@code github_pat_}, 22 base62 characters, {@code _}, 59 more. */
    FINE_GRAINED("github_pat_", "Resource not accessible by personal access token", false),
    /** A GitHub App acting for a user ({@code ghu_}): the user's login, the App's permissions. */
    APP_USER("ghu_", "Resource not accessible by integration", false);

    private final String prefix;
    private final String refusal;
    private final boolean scoped;

    TokenType(String prefix, String refusal, boolean scoped) {
        this.prefix = prefix;
        this.refusal = refusal;
        this.scoped = scoped;
    }

    public String prefix() {
        return prefix;
    }

    /** True for classic tokens, which have scopes; false for the kinds that have permissions. */
    public boolean scoped() {
        return scoped;
    }

    /** GitHub's 403 message when a token lacks the permission an endpoint needs. */
    String refusal() {
        return refusal;
    }
}
