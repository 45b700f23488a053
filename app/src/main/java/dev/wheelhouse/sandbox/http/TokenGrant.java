package dev.wheelhouse.sandbox.http;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A valid token's owner and what it may do: classic OAuth scopes, or the fine-grained
 * permissions (name to {@code read}, {@code write} or {@code admin}) of the other kinds.
 */
public record TokenGrant(String login, long userId, TokenType type, Set<String> scopes,
                         Map<String, String> permissions) {

    public TokenGrant {
        scopes = Set.copyOf(scopes);
        permissions = java.util.Collections.unmodifiableMap(new TreeMap<>(permissions));
        if (type.scoped() ? !permissions.isEmpty() : !scopes.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " token has " + (type.scoped() ? "scopes" : "permissions")
                    + " only");
        }
    }

    /** A classic token with exactly these scopes. */
    public static TokenGrant classic(String login, long userId, Set<String> scopes) {
        return new TokenGrant(login, userId, TokenType.CLASSIC, scopes, Map.of());
    }

    /** A fine-grained or App token with exactly these permissions. */
    public static TokenGrant permitted(String login, long userId, TokenType type, Map<String, String> permissions) {
        if (type.scoped()) {
            throw new IllegalArgumentException("a classic token has scopes, not permissions");
        }
        return new TokenGrant(login, userId, type, Set.of(), permissions);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    /** Whether the token may do what {@code accepted} (an {@code X-Accepted-GitHub-Permissions} value) asks. */
    public boolean permits(String accepted) {
        return type.scoped() || AcceptedPermissions.parse(accepted).satisfiedBy(permissions);
    }

    /** May write {@code .github/workflows/}: the {@code workflow} scope, or the Workflows permission. */
    public boolean mayWriteWorkflows() {
        return type.scoped() ? has("workflow") : permits("workflows=write");
    }

    /** The {@code X-OAuth-Scopes} value: sorted, comma and space separated, as GitHub sends it. */
    public String scopeHeader() {
        return String.join(", ", new TreeSet<>(scopes));
    }
}
