package dev.wheelhouse.sandbox.http;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the sandbox accepts, each with its owner and scopes. Tokens look like classic
 * personal access tokens ({@code ghp_} and 36 base62 characters) so clients that check the
 * form accept them; they are random, because a token is a secret even on loopback.
 */
public final class Tokens {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, TokenGrant> grants = new ConcurrentHashMap<>();

    /** Issues a new token for {@code login} with exactly {@code scopes}. */
    public String issue(String login, long userId, Set<String> scopes) {
        StringBuilder token = new StringBuilder("ghp_");
        for (int i = 0; i < 36; i++) {
            token.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        grants.put(token.toString(), new TokenGrant(login, userId, scopes));
        return token.toString();
    }

    /**
     * The grant for an {@code Authorization} header value. Empty when there is no header;
     * a header that names no valid token is GitHub's 401 {@code Bad credentials}.
     */
    public Optional<TokenGrant> authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            throw ApiException.badCredentials();
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String token = value.substring(space + 1).trim();
        if (!scheme.equals("token") && !scheme.equals("bearer")) {
            throw ApiException.badCredentials();
        }
        TokenGrant grant = grants.get(token);
        if (grant == null) {
            throw ApiException.badCredentials();
        }
        return Optional.of(grant);
    }
}
