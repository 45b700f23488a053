package dev.wheelhouse.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 11: what a hostile or broken client costs the sandbox. Slow senders, huge bodies
 * (declared and chunked), oversized heads and malformed chunks each get a 4xx or a closed
 * connection within a bound, while a normal client keeps getting answers within a second.
 * Raw sockets: an HTTP client library would refuse to send most of these requests.
 */
class SandboxRobustnessTest {

    /** The request time limit the sandbox sets (LoopbackHttp.REQUEST_SECONDS), and slack for its 1 s timer. */
    private static final Duration CUT_OFF = Duration.ofSeconds(10 + 3);
    private static final Duration NORMAL_ANSWER = Duration.ofSeconds(1);
    private static final long BODY_LIMIT = 32L << 20;

    private Sandbox sandbox;
    private URI api;
    private final ScheduledExecutorService attackers = Executors.newScheduledThreadPool(4);

    @BeforeEach
    void start() throws Exception {
        // The normal client asks often; GitHub's limits are not what is under test here.
        sandbox = Sandbox.start(SandboxConfig.builder().rateLimit(1_000_000).secondaryLimitPerMinute(1_000_000).build());
        api = URI.create(sandbox.apiUrl());
        // The first answer of a fresh JVM loads classes for a second or more; the bound is for a warm server.
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("GET /repos/" + sandbox.repo() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + sandbox.token() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals(200, status(socket));
        }
    }

    @AfterEach
    void stop() {
        attackers.shutdownNow();
        sandbox.close();
    }

    @Test
    void slowSendersAreCutOffAndNeverStarveANormalClient() throws Exception {
        int slow = 24; // more than the server's 16 standing threads
        List<Socket> sockets = new ArrayList<>();
        List<CompletableFuture<Long>> closedAfter = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            Socket socket = connect();
            sockets.add(socket);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /repos/" + sandbox.repo() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int n = i;
            // One header line every 300 ms, forever: the head never ends.
            attackers.scheduleAtFixedRate(() -> {
                try {
                    out.write(("X-Slow-" + n + ": still here\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    throw new IllegalStateException(closed); // ends this schedule
                }
            }, 300, 300, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            closedAfter.add(CompletableFuture.supplyAsync(() -> untilClosed(socket, started)));
        }
        // While the slow senders hold their connections, a normal client is answered promptly.
        CompletableFuture<Void> allClosed = CompletableFuture.allOf(closedAfter.toArray(CompletableFuture[]::new));
        int asked = 0;
        do {
            assertNormalClientAnsweredPromptly();
            asked++;
        } while (!waitBriefly(allClosed));
        assertTrue(asked >= 10, "the normal client asked only " + asked + " times while the slow senders were connected");
        for (CompletableFuture<Long> closed : closedAfter) {
            long millis = closed.get();
            assertTrue(millis >= 0 && millis <= CUT_OFF.toMillis(), "a slow sender kept its connection for " + millis + " ms");
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        assertNormalClientAnsweredPromptly();
    }

    @Test
    void aDeclaredHugeBodyIsRefusedWith413BeforeAByteOfItIsSent() throws Exception {
        assertEquals(413, dispatchStatus("Content-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n"));
        assertNormalClientAnsweredPromptly();
    }

    @Test
    void anEndlessChunkedBodyIsRefusedWith413OnceItPassesTheLimit() throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicLong sentAtAnswer = new AtomicLong(-1);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /repos/" + sandbox.repo() + "/actions/workflows/release.yml/dispatches HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    // Up to 2 GB, as the reproduction sent.
                    for (int i = 0; i < 2048 && sentAtAnswer.get() < 0; i++) {
                        out.write(head);
                        out.write(chunk);
                        out.write('\r');
                        out.write('\n');
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException refused) {
                    // The server closed the connection after its answer.
                }
            });
            int status = status(socket);
            sentAtAnswer.set(sent.get());
            assertEquals(413, status);
            writer.get(30, TimeUnit.SECONDS);
            // The answer came once the limit was passed, not after the whole body (socket buffers hold a few MB more).
            assertTrue(sentAtAnswer.get() < 4 * BODY_LIMIT, "answered after " + (sentAtAnswer.get() >> 20) + " MB");
        }
        assertNormalClientAnsweredPromptly();
    }

    @Test
    void oversizedHeadsGet431AndHeadsPastTheHardLimitAClosedConnection() throws Exception {
        assertEquals(431, statusOf("X-Big: " + "a".repeat(100 * 1024) + "\r\n"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            many.append("X-Field-").append(i).append(": v\r\n");
        }
        assertEquals(431, statusOf(many.toString()));
        // Past the JDK server's own bound it closes the connection before any handler runs: no hang.
        assertEquals(-1, statusOf("X-Huge: " + "a".repeat(1 << 20) + "\r\n"));
        assertNormalClientAnsweredPromptly();
    }

    @Test
    void aMalformedChunkGets400() throws Exception {
        assertEquals(400, dispatchStatus("Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"));
        assertNormalClientAnsweredPromptly();
    }

    /** The status of a dispatch POST whose head ends with {@code rest} (headers, blank line, body). */
    private int dispatchStatus(String rest) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /repos/" + sandbox.repo() + "/actions/workflows/release.yml/dispatches"
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + rest).getBytes(StandardCharsets.US_ASCII));
            return status(socket);
        }
    }

    @Test
    void aWorkflowNestedThousandsDeepIsListedByItsPathAndTheListAnswers() throws Exception {
        // Issue 11 item 9: the workflow list never answered (the reader overflowed its stack).
        String deep = "on: push\njobs: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        try (Sandbox withDeep = Sandbox.start(SandboxConfig.builder().workflow("deep.yml", deep).build())) {
            URI deepApi = URI.create(withDeep.apiUrl());
            try (Socket socket = new Socket(deepApi.getHost(), deepApi.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /repos/" + withDeep.repo() + "/actions/workflows HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nAuthorization: Bearer " + withDeep.token() + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
                // GitHub names a workflow it cannot read by its path.
                assertTrue(answer.matches("(?s).*\"name\"\\s*:\\s*\"\\.github/workflows/deep\\.yml\".*"), answer);
            }
        }
    }

    private int statusOf(String extraHeaders) throws IOException {
        try (Socket socket = connect()) {
            try {
                socket.getOutputStream().write(("GET /repos/" + sandbox.repo() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + sandbox.token() + "\r\n" + extraHeaders + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (SocketException closedWhileSending) {
                return -1;
            }
            return status(socket);
        }
    }

    /** The status of the answer on {@code socket}, or -1 when the server closed it without one. */
    private static int status(Socket socket) throws IOException {
        try {
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return line == null ? -1 : Integer.parseInt(line.split(" ")[1]);
        } catch (SocketException reset) {
            return -1;
        }
    }

    private void assertNormalClientAnsweredPromptly() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = connect()) {
            socket.setSoTimeout((int) NORMAL_ANSWER.toMillis());
            socket.getOutputStream().write(("GET /repos/" + sandbox.repo() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + sandbox.token() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int status;
            try {
                status = status(socket);
            } catch (SocketTimeoutException late) {
                throw new AssertionError("a normal request got no answer within " + NORMAL_ANSWER.toMillis() + " ms");
            }
            assertEquals(200, status);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis <= NORMAL_ANSWER.toMillis(), "a normal request took " + millis + " ms");
    }

    /** True once {@code done} completed; false after a quarter second without it. */
    private static boolean waitBriefly(CompletableFuture<Void> done) throws Exception {
        try {
            done.get(250, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException notYet) {
            return false;
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(api.getHost(), api.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Milliseconds from {@code started} until the server closed the socket; -1 if it was still open after 30 s. */
    private static long untilClosed(Socket socket, long started) {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // An answer (none is expected) is read past; the end is what counts.
            }
        } catch (SocketTimeoutException stillOpen) {
            return -1;
        } catch (IOException reset) {
            // A reset is a close too.
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
