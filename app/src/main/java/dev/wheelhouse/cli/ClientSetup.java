package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubCli;
import dev.wheelhouse.github.KeychainSecretStore;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.TokenResolver;

import java.time.Duration;
import java.util.Optional;

/** Where a command gets its token and client settings; tests give their own. */
public interface ClientSetup {

    Optional<ResolvedToken> token(ApiEndpoint endpoint);

    String noTokenMessage(ApiEndpoint endpoint);

    ClientOptions options();

    /** The environment variables, the GitHub CLI, the keychain; the keychain library loads only when asked. */
    static ClientSetup system() {
        return new ClientSetup() {
            private TokenResolver resolver;
            private final ClientOptions options = ClientOptions.defaults();

            @Override
            public Optional<ResolvedToken> token(ApiEndpoint endpoint) {
                return resolver().resolve(endpoint);
            }

            @Override
            public String noTokenMessage(ApiEndpoint endpoint) {
                return resolver().noTokenMessage(endpoint);
            }

            @Override
            public ClientOptions options() {
                return options;
            }

            private TokenResolver resolver() {
                if (resolver == null) {
                    Environment env = Environment.system();
                    resolver = new TokenResolver(env, new GitHubCli(env, Duration.ofSeconds(5)),
                            KeychainSecretStore.system());
                }
                return resolver;
            }
        };
    }
}
