package dev.wheelhouse.github;

/**
 * What a token is, from its prefix as GitHub documents it
 * (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 * The kind decides how to name a missing permission: a scope for classic and OAuth tokens, a
 * fine-grained permission otherwise.
 */
public enum TokenKind {
    CLASSIC("ghp_", "classic personal access token"),
    FINE_GRAINED("github_pat_", "fine-grained personal access token"),
    OAUTH("gho_", "OAuth app token"),
    GITHUB_APP_USER("ghu_", "GitHub App user token"),
    GITHUB_APP_INSTALLATION("ghs_", "GitHub App installation token"),
    REFRESH("ghr_", "GitHub App refresh token"),
    /** Older tokens (40 hex digits) and Enterprise Server tokens without a prefix. */
    UNKNOWN("", "token of an older or unknown form");

    private final String prefix;
    private final String description;

    TokenKind(String prefix, String description) {
        this.prefix = prefix;
        this.description = description;
    }

    static TokenKind of(String token) {
        for (TokenKind kind : values()) {
            if (!kind.prefix.isEmpty() && token.startsWith(kind.prefix)) {
                return kind;
            }
        }
        return UNKNOWN;
    }

    public String prefix() {
        return prefix;
    }

    public String description() {
        return description;
    }

    /** Classic and OAuth tokens carry scopes ({@code X-OAuth-Scopes}); the others carry permissions. */
    public boolean hasScopes() {
        return this == CLASSIC || this == OAUTH || this == UNKNOWN;
    }

    public boolean isGitHubApp() {
        return this == GITHUB_APP_USER || this == GITHUB_APP_INSTALLATION;
    }
}
