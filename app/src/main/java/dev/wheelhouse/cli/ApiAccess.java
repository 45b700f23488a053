package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubCli;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.KeychainSecretStore;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.SecretStore;
import dev.wheelhouse.github.TokenResolver;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a read-only API command ({@code why}, {@code logs}) reaches GitHub: the endpoint from
 * {@code --api}, the token as every command finds it (environment, GitHub CLI, the app's keychain
 * entry), one client. Tests give their own environment and secret store.
 */
final class ApiAccess {

    /** What went wrong before or while asking GitHub, with the exit status it means. */
    static final class Refused extends Exception {
        private final int exitCode;

        Refused(String message, int exitCode) {
            super(message, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private final Environment environment;
    private final Supplier<SecretStore> secrets;
    private final Supplier<ClientOptions> options;

    ApiAccess(Environment environment, Supplier<SecretStore> secrets, ClientOptions options) {
        this(environment, secrets, () -> options);
    }

    private ApiAccess(Environment environment, Supplier<SecretStore> secrets, Supplier<ClientOptions> options) {
        this.environment = environment;
        this.secrets = secrets;
        this.options = options;
    }

    static ApiAccess system() {
        // Lambdas, not method references: the keychain library loads only when a token is looked up,
        // and the client's options (the system clock's zone: the time-zone rules read from disk)
        // only when GitHub is asked; a why or logs on a local file asks it nothing.
        return new ApiAccess(Environment.system(), () -> KeychainSecretStore.system(), () -> ClientOptions.defaults());
    }

    /** A client for {@code api}; exit 2 for a bad address or no token. */
    GitHubClient connect(String api) throws Refused {
        ApiEndpoint endpoint;
        Optional<ResolvedToken> token;
        TokenResolver resolver;
        try {
            endpoint = ApiEndpoint.parse(api);
            resolver = new TokenResolver(environment, new GitHubCli(environment, Duration.ofSeconds(5)), secrets.get());
            token = resolver.resolve(endpoint);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage(), 2);
        }
        if (token.isEmpty()) {
            throw new Refused(resolver.noTokenMessage(endpoint), 2);
        }
        return GitHubClient.connect(endpoint, token.get().token(), options.get());
    }

    /** GitHub's refusal as an exit status: 2 for what the user named wrongly (no such run), else 1. */
    static Refused refused(GitHubException e) {
        boolean usage = e.kind() == GitHubException.Kind.NOT_FOUND || e.kind() == GitHubException.Kind.BAD_CREDENTIALS;
        return new Refused(e.userMessage(), usage ? 2 : 1);
    }
}
