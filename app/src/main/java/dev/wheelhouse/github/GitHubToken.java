package dev.wheelhouse.github;

import java.util.Objects;

/**
 * A GitHub token. The value never leaves this class except through {@link #authorizationHeader()},
 * which only the transport calls for requests to the API host; {@link #toString()} masks it so a
 * token that reaches a log line, an exception or a debugger view shows only its kind.
 */
public final class GitHubToken {

    private final String value;

    private GitHubToken(String value) {
        this.value = value;
    }

    /**
     * A token as typed or read from a source; surrounding whitespace (a pasted newline) is dropped.
     *
     * @throws IllegalArgumentException when it is empty, holds inner whitespace, a control
     *                                  character, DEL or anything beyond printable ASCII; the message
     *                                  never repeats the text
     */
    public static GitHubToken of(String text) {
        Objects.requireNonNull(text, "token");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The token is empty. Paste the whole token, e.g. ghp_… or github_pat_….");
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The token contains spaces or line breaks, so it is not a single "
                    + "GitHub token. Paste only the token itself.");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            // GitHub's tokens are ASCII letters, digits and '_'; an HTTP header may carry only
            // visible ASCII, and java.net.http rejects anything else with the whole header value
            // in its exception. Refused here, with the position only.
            if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException("The token has a character no GitHub token has at position "
                        + (i + 1) + " (" + (c < 0x20 || c == 0x7F ? "a control character" : "not plain ASCII")
                        + "), so it was not sent. Copy the token again from GitHub.");
            }
        }
        return new GitHubToken(trimmed);
    }

    public TokenKind kind() {
        return TokenKind.of(value);
    }

    /** {@code Authorization} header value; package-private so only the transport can send it. */
    String authorizationHeader() {
        return "Bearer " + value;
    }

    /** For storing in the OS keychain; nowhere else. */
    String reveal() {
        return value;
    }

    /** True when {@code text} occurs in this token's value; lets a test scan output without holding the token. */
    public boolean occursIn(CharSequence text) {
        return text.toString().contains(value);
    }

    @Override
    public String toString() {
        return kind().prefix() + "****";
    }
}
