package dev.wheelhouse.sandbox.http;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the sandbox accepts, each with its owner and what it may do. Tokens have the form
 * of their kind ({@link TokenType}) so clients that read the prefix tell them apart; they are
 * random, because a token is a secret even on loopback.
 */
public final class Tokens {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, TokenGrant> grants = new ConcurrentHashMap<>();

    /** Issues a new token for the grant, in the form of its kind. */
    public String issue(TokenGrant grant) {
        String token = switch (grant.type()) {
            case FINE_GRAINED -> grant.type().prefix() + randomText(22) + "_" + randomText(59);
            case CLASSIC, APP_USER -> grant.type().prefix() + randomText(36);
        };
        grants.put(token, grant);
        return token;
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

    private String randomText(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return s.toString();
    }
}
