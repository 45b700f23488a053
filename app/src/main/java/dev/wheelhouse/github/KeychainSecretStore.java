package dev.wheelhouse.github;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * Tokens in the OS keychain through java-keyring: Secret Service (GNOME keyring, KWallet) on
 * Linux, the macOS Keychain, the Windows Credential Manager. There is deliberately no fallback
 * to a file: where no keychain exists, {@link #save} says so and the user sets {@code GH_TOKEN}
 * or uses {@code gh} instead. The keychain is opened on first use, so a run that finds its token
 * in the environment never touches it (nor D-Bus, nor a keychain prompt).
 */
public final class KeychainSecretStore implements SecretStore, AutoCloseable {

    static final String SERVICE = "Wheelhouse GitHub token";

    private Keyring keyring;
    private boolean unavailable;

    private KeychainSecretStore() {
    }

    /** The system keychain, opened when first needed. */
    public static KeychainSecretStore system() {
        return new KeychainSecretStore();
    }

    /** Whether this system has a keychain Wheelhouse can use; Settings hides "remember" without one. */
    public boolean available() {
        return keyring().isPresent();
    }

    private synchronized Optional<Keyring> keyring() {
        if (keyring == null && !unavailable) {
            try {
                keyring = Keyring.create();
            } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                unavailable = true;
            }
        }
        return Optional.ofNullable(keyring);
    }

    private Keyring required() {
        return keyring().orElseThrow(() -> new SecretStoreException("No OS keychain is available here (on Linux, "
                + "Wheelhouse needs a Secret Service such as GNOME Keyring), so a pasted token cannot be kept. Set "
                + "GH_TOKEN, or log in with the GitHub CLI (gh auth login)."));
    }

    @Override
    public Optional<GitHubToken> read(String host) {
        if (keyring().isEmpty()) {
            return Optional.empty();
        }
        try {
            String value = keyring.getPassword(SERVICE, host);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(GitHubToken.of(value));
        } catch (PasswordAccessException | RuntimeException e) {
            // java-keyring reports "no such entry" as an exception.
            return Optional.empty();
        }
    }

    @Override
    public void save(String host, GitHubToken token) {
        Keyring k = required();
        try {
            k.setPassword(SERVICE, host, token.reveal());
        } catch (PasswordAccessException | RuntimeException e) {
            // The library's message could quote what it was given; say only what failed.
            throw new SecretStoreException("The OS keychain (" + description() + ") refused to keep the token. "
                    + "Unlock the keychain and try again, or set GH_TOKEN instead.");
        }
    }

    @Override
    public void delete(String host) {
        if (keyring().isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, host);
        } catch (PasswordAccessException | RuntimeException e) {
            // Nothing kept for the host: nothing to forget.
        }
    }

    @Override
    public String description() {
        if (keyring().isEmpty()) {
            return "no keychain (none available on this system)";
        }
        return switch (keyring.getKeyringStorageType()) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "the macOS Keychain";
            case GNOME_KEYRING -> "the Secret Service keyring";
            case KWALLET -> "KWallet";
            case WINDOWS_CREDENTIAL_STORE -> "the Windows Credential Manager";
        };
    }

    @Override
    public synchronized void close() {
        if (keyring == null) {
            return;
        }
        try {
            keyring.close();
        } catch (Exception e) {
            // Closing releases a D-Bus connection at most.
        }
    }
}
