package dev.wheelhouse.github;

import dev.wheelhouse.github.model.User;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Test connection": {@code GET /user} over the transport, read for the login and for what its
 * headers say about the token (scopes, expiry) and the rate limit.
 */
final class ConnectionTest {

    private ConnectionTest() {
    }

    static ConnectionReport run(ApiTransport transport, TokenKind kind) {
        ApiCall call = ApiCall.get(transport.endpoint().resolve("/user"), "account of this token");
        ApiReply reply = transport.expect(call);
        User user = reply.json(User.class, call);
        Optional<List<String>> scopes = reply.header("X-OAuth-Scopes")
                .map(h -> List.copyOf(FailureTranslator.scopeSet(h)));
        List<String> missing = new ArrayList<>();
        List<String> toConfirm = new ArrayList<>();
        if (scopes.isPresent() && kind.hasScopes()) {
            for (String needed : ConnectionReport.NEEDED_SCOPES) {
                boolean has = scopes.get().contains(needed)
                        || (needed.equals("repo") && scopes.get().contains("public_repo"));
                if (!has) {
                    missing.add(needed);
                }
            }
        } else {
            // Fine-grained and App tokens carry no scope header; GitHub has no call listing their permissions.
            toConfirm.addAll(ConnectionReport.NEEDED_PERMISSIONS);
        }
        Optional<Instant> expires = reply.header("github-authentication-token-expiration").flatMap(ConnectionTest::expiry);
        return new ConnectionReport(user.login(), kind, scopes, transport.rateLimit().get(), missing, toConfirm, expires);
    }

    /** "2024-05-13 19:47:28 UTC", as recorded in samples/github-api. */
    static Optional<Instant> expiry(String header) {
        try {
            return Optional.of(ZonedDateTime.parse(header.trim(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z"))
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
