package dev.wheelhouse.github;

import java.util.Optional;

/**
 * Where a pasted token is kept between sessions: the OS keychain ({@link KeychainSecretStore}),
 * never a file. Tokens are kept per host (github.com or an Enterprise host).
 */
public interface SecretStore {

    /** The token kept for {@code host}. */
    Optional<GitHubToken> read(String host);

    /**
     * Keeps {@code token} for {@code host}, replacing any earlier one.
     *
     * @throws SecretStoreException with a message for the user when the keychain refuses
     */
    void save(String host, GitHubToken token);

    /** Forgets the token for {@code host}; nothing happens when there is none. */
    void delete(String host);

    /** Where the tokens are, in the user's words ("the GNOME keyring"). */
    String description();

    /** The keychain could not be used. */
    final class SecretStoreException extends RuntimeException {
        public SecretStoreException(String message) {
            super(message, null, false, false);
        }
    }
}
