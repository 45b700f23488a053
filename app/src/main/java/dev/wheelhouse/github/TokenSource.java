package dev.wheelhouse.github;

/** Where the token in use came from, in the order they are tried; Settings shows it. */
public enum TokenSource {
    GH_TOKEN("the GH_TOKEN environment variable"),
    GITHUB_TOKEN("the GITHUB_TOKEN environment variable"),
    GH_ENTERPRISE_TOKEN("the GH_ENTERPRISE_TOKEN environment variable"),
    GITHUB_ENTERPRISE_TOKEN("the GITHUB_ENTERPRISE_TOKEN environment variable"),
    GITHUB_CLI("the GitHub CLI (gh auth token)"),
    KEYCHAIN("the token pasted in Settings, kept in the OS keychain"),
    /** The embedded sandbox's own token. */
    SANDBOX("the built-in sandbox");

    private final String description;

    TokenSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The environment variable this source reads, if it is one. */
    public boolean isEnvironmentVariable() {
        return ordinal() <= GITHUB_ENTERPRISE_TOKEN.ordinal();
    }
}
