package dev.wheelhouse.testing;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A sandbox and a client for it sharing one hand-moved clock: the client's waits move the
 * clock, so retries, rate-limit resets and run progress take no real time.
 */
public final class SandboxSession implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-06-02T22:30:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final ClockSleeper sleeper = new ClockSleeper(clock);
    private final Sandbox sandbox;

    private SandboxSession(UnaryOperator<SandboxConfig.Builder> config) {
        try {
            this.sandbox = Sandbox.start(config.apply(SandboxConfig.builder().clock(clock).threads(4)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SandboxSession start() {
        return new SandboxSession(UnaryOperator.identity());
    }

    public static SandboxSession start(UnaryOperator<SandboxConfig.Builder> config) {
        return new SandboxSession(config);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public MutableClock clock() {
        return clock;
    }

    public ClockSleeper sleeper() {
        return sleeper;
    }

    public RepositoryRef repo() {
        return RepositoryRef.parse(sandbox.repo());
    }

    public ApiEndpoint endpoint() {
        return new ApiEndpoint(URI.create(sandbox.apiUrl()));
    }

    /** Real timeouts, the shared clock, a sleeper that moves it, no jitter. */
    public ClientOptions options() {
        return ClientOptions.defaults().withClock(clock).withSleeper(sleeper).withRandom(() -> 0.5);
    }

    public GitHubClient client() {
        return client(sandbox.token());
    }

    public GitHubClient client(String token) {
        return GitHubClient.connect(endpoint(), GitHubToken.of(token), options());
    }

    public GitHubClient client(ClientOptions options) {
        return GitHubClient.connect(endpoint(), GitHubToken.of(sandbox.token()), options);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
