package dev.wheelhouse.github;

import java.util.Objects;

/** A token and the source it came from. */
public record ResolvedToken(GitHubToken token, TokenSource source) {

    public ResolvedToken {
        Objects.requireNonNull(token);
        Objects.requireNonNull(source);
    }
}
