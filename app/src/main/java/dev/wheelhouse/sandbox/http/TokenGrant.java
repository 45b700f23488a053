package dev.wheelhouse.sandbox.http;

import java.util.Set;
import java.util.TreeSet;

/** A valid token's owner and classic OAuth scopes. */
public record TokenGrant(String login, long userId, Set<String> scopes) {

    public TokenGrant {
        scopes = Set.copyOf(scopes);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    /** The {@code X-OAuth-Scopes} value: sorted, comma and space separated, as GitHub sends it. */
    public String scopeHeader() {
        return String.join(", ", new TreeSet<>(scopes));
    }
}
