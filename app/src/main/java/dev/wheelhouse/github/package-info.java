/**
 * GitHub: where the API is, which token to use, and one client for every call.
 * <ul>
 * <li>{@link dev.wheelhouse.github.ApiEndpoint} (github.com, {@code https://HOST/api/v3}, or a
 *     loopback server; plain http only on loopback), {@link dev.wheelhouse.github.RepositoryRef},
 *     {@link dev.wheelhouse.github.CloneOrigin} (a clone's {@code origin} from {@code .git/config}).</li>
 * <li>Tokens: {@link dev.wheelhouse.github.GitHubToken} (masked in {@code toString}),
 *     {@link dev.wheelhouse.github.TokenResolver} over {@link dev.wheelhouse.github.Environment},
 *     {@link dev.wheelhouse.github.GitHubCli} and a {@link dev.wheelhouse.github.SecretStore}
 *     ({@link dev.wheelhouse.github.KeychainSecretStore}; no file fallback).</li>
 * <li>{@link dev.wheelhouse.github.GitHubClient}: typed calls, each failure a
 *     {@link dev.wheelhouse.github.GitHubException} whose message is for the user. Underneath, one
 *     transport: the token only to the API origin, conditional GETs with an ETag cache, capped
 *     exponential backoff with jitter for safe requests, {@code Retry-After} and the
 *     {@link dev.wheelhouse.github.RateLimitPolicy}; state a view model can follow through
 *     {@link dev.wheelhouse.github.ObservableState}: {@link dev.wheelhouse.github.RateLimitState}
 *     and {@link dev.wheelhouse.github.ClientActivity} (retries for the status bar).</li>
 * <li>Tests replace time through {@link dev.wheelhouse.github.ClientOptions}: a {@link java.time.Clock}
 *     and a {@link dev.wheelhouse.github.Sleeper}.</li>
 * </ul>
 * Blocking calls: run them off the FX thread. Nothing here knows JavaFX.
 */
package dev.wheelhouse.github;
