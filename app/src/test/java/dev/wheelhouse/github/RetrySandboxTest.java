package dev.wheelhouse.github;

import dev.wheelhouse.sandbox.http.FaultPlan;
import dev.wheelhouse.testing.LoopbackProxy;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retries against injected sandbox faults: safe requests are repeated, a sent change never is. */
class RetrySandboxTest {

    private SandboxSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private static FaultPlan serverErrors(double rate) {
        return new FaultPlan(rate, 0, 0, 0, 0, Duration.ZERO, 0);
    }

    private static FaultPlan resets(double rate) {
        return new FaultPlan(0, 0, 0, rate, 0, Duration.ZERO, 0);
    }

    @Test
    void readsGetThroughIntermittentServerErrorsByRetrying() {
        session = SandboxSession.start(b -> b.faults(new FaultPlan(0.25, 0.15, 0.1, 0, 0, Duration.ZERO, 0)).seed(42));
        GitHubClient client = session.client(session.options().withRetry(
                new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(2), 0.5)));

        for (int i = 0; i < 6; i++) {
            assertEquals(List.of("v0.9.0"), client.tags(session.repo()));
        }

        ClientActivity activity = client.activity().get();
        assertTrue(activity.retries() > 0, "the seeded plan fails some requests: " + activity);
        assertEquals(6 + activity.retries(), activity.requests());
        assertEquals(activity.retries(), session.sleeper().sleeps().size());
        assertTrue(activity.lastRetry().startsWith("GET " + session.sandbox().apiUrl() + "/repos/"), activity.lastRetry());
    }

    /**
     * A client that reaches the sandbox through a recording host, which notes each request before
     * the sandbox answers it (the sandbox's own statistics are written after the answer).
     */
    private GitHubClient recorded(LoopbackProxy proxy) {
        return GitHubClient.connect(new ApiEndpoint(URI.create(proxy.url())), GitHubToken.of(session.sandbox().token()),
                session.options());
    }

    @Test
    void aGetThatKeepsFailingGivesUpAfterCappedExponentialBackoff() throws IOException {
        session = SandboxSession.start(b -> b.faults(serverErrors(1)));
        LoopbackProxy proxy = new LoopbackProxy(session.sandbox().apiUrl());
        GitHubClient client = recorded(proxy);

        GitHubException e = assertThrows(GitHubException.class, () -> client.tags(session.repo()));

        assertEquals(GitHubException.Kind.SERVER_ERROR, e.kind());
        assertEquals("GitHub had a server error (500) with tags of wheelhouse-demo/satkit on all 4 tries. Try again "
                + "in a few minutes; https://www.githubstatus.com shows ongoing incidents.", e.userMessage());
        // 500 ms doubling, half of it jitter drawn at 0.5: 375, 750, 1500 ms.
        assertEquals(List.of(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500)),
                session.sleeper().sleeps());
        assertEquals(4, proxy.seen().size());
        proxy.close();
    }

    @Test
    void aDispatchThatReachedTheServerIsNotRepeatedAfterAServerError() throws IOException {
        session = SandboxSession.start(b -> b.faults(serverErrors(1)));
        LoopbackProxy proxy = new LoopbackProxy(session.sandbox().apiUrl());

        GitHubException e = assertThrows(GitHubException.class,
                () -> recorded(proxy).dispatch(session.repo(), "release.yml", "main", Map.of(), true));

        assertEquals(GitHubException.Kind.SERVER_ERROR, e.kind());
        assertEquals(List.of("POST"), proxy.seen().stream().map(LoopbackProxy.Seen::method).toList());
        proxy.close();
        assertEquals(List.of(), session.sleeper().sleeps());
    }

    @Test
    void aResetConnectionRepeatsAGetButNotADispatch() {
        session = SandboxSession.start(b -> b.faults(resets(1)));
        GitHubClient reader = session.client();
        GitHubClient dispatcher = session.client();

        GitHubException get = assertThrows(GitHubException.class, () -> reader.tags(session.repo()));
        GitHubException post = assertThrows(GitHubException.class,
                () -> dispatcher.dispatch(session.repo(), "release.yml", "main", Map.of(), true));

        assertEquals(GitHubException.Kind.NETWORK, get.kind());
        assertEquals(4, reader.activity().get().requests());
        assertEquals(GitHubException.Kind.NETWORK, post.kind());
        assertEquals(1, dispatcher.activity().get().requests());
        assertTrue(post.userMessage().startsWith("Could not reach 127.0.0.1 for workflow release.yml (ref main) in "
                + "wheelhouse-demo/satkit: the connection dropped"), post.userMessage());
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForADispatchBecauseNothingWasSent() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        session = SandboxSession.start();
        GitHubClient client = GitHubClient.connect(new ApiEndpoint(URI.create("http://127.0.0.1:" + deadPort)),
                GitHubToken.of(session.sandbox().token()), session.options());

        GitHubException e = assertThrows(GitHubException.class,
                () -> client.dispatch(session.repo(), "release.yml", "main", Map.of(), true));

        assertEquals(4, client.activity().get().requests());
        assertEquals("Could not reach 127.0.0.1 for workflow release.yml (ref main) in wheelhouse-demo/satkit: the "
                + "connection was refused (4 tries). Check the network connection and the API URL.", e.userMessage());
    }

    /** A server that takes requests and never answers costs two timeouts, not four: the user waits 30 s a try. */
    @Test
    void aServerThatNeverAnswersIsAskedTwiceNotFourTimes() throws Exception {
        session = SandboxSession.start();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            GitHubClient client = GitHubClient.connect(
                    new ApiEndpoint(URI.create("http://127.0.0.1:" + silent.getLocalPort())),
                    GitHubToken.of(session.sandbox().token()), session.options().withRequestTimeout(Duration.ofMillis(300)));

            GitHubException e = assertThrows(GitHubException.class, () -> client.workflows(session.repo()));

            assertEquals(2, client.activity().get().requests());
            assertTrue(e.userMessage().contains("no answer in time (2 tries)"), e.userMessage());
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aSecondaryLimitsRetryAfterIsWaitedOutOnTheClock() {
        session = SandboxSession.start(b -> b.secondaryLimitPerMinute(2));
        GitHubClient client = session.client(session.options().withRateLimit(RateLimitPolicy.waitUpTo(Duration.ofMinutes(5))));

        client.tags(session.repo());
        client.tags(session.repo());
        client.tags(session.repo());

        assertEquals(List.of(Duration.ofSeconds(60)), session.sleeper().sleeps());
        assertEquals(1, client.activity().get().rateWaits());
    }

    @Test
    void aSpentPrimaryLimitIsWaitedOutUntilItResetsWhenTheCallerAllows() {
        session = SandboxSession.start(b -> b.rateLimit(2));
        GitHubClient client = session.client(session.options().withRateLimit(RateLimitPolicy.waitUpTo(Duration.ofHours(2))));

        client.tags(session.repo());
        client.readFile(session.repo(), ".github/workflows/release.yml", "main");
        client.commitSha(session.repo(), "main");

        assertEquals(List.of(Duration.ofHours(1)), session.sleeper().sleeps());
        assertEquals(1, client.rateLimit().get().used());
    }

    @Test
    void aResetFurtherAwayThanTheCallerWillWaitFailsAtOnce() {
        session = SandboxSession.start(b -> b.rateLimit(1));
        GitHubClient client = session.client(session.options().withRateLimit(RateLimitPolicy.waitUpTo(Duration.ofMinutes(10))));
        client.tags(session.repo());

        assertThrows(GitHubException.RateLimited.class,
                () -> client.readFile(session.repo(), ".github/workflows/release.yml", "main"));
        assertEquals(List.of(), session.sleeper().sleeps());
    }
}
