package dev.wheelhouse.github;

import dev.wheelhouse.cli.DispatchCommand;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.dispatch.HistoryDispatchLog;
import dev.wheelhouse.runs.dispatch.PushAndDispatch;
import dev.wheelhouse.runs.dispatch.PushOutcome;
import dev.wheelhouse.runs.dispatch.PushRequest;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.testing.LoopbackProxy;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token goes to the API host and nowhere else: not to other hosts, files, logs or messages. */
class TokenSafetyTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    @Test
    void theTokenReachesNoHostButTheApiHostWhenALogRedirectLeavesIt() throws Exception {
        SandboxSession session = keep(SandboxSession.start());
        LoopbackProxy api = keep(new LoopbackProxy(session.sandbox().apiUrl()));
        LoopbackProxy storage = keep(new LoopbackProxy(session.sandbox().blobUrl()));
        api.rewriteLocation(location -> location.replace(session.sandbox().blobUrl(), storage.url()));
        String token = session.sandbox().token();
        GitHubClient client = GitHubClient.connect(new ApiEndpoint(URI.create(api.url())), GitHubToken.of(token),
                session.options());

        client.workflows(session.repo());
        long run = client.dispatch(session.repo(), "release.yml", "main", Map.of(), true).runId().orElseThrow();
        session.clock().advance(Duration.ofHours(6));
        long job = client.jobs(session.repo(), run).stream().filter(j -> j.runnerName() != null).findFirst()
                .orElseThrow().id();
        String log;
        try (InputStream in = client.jobLog(session.repo(), job)) {
            log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        // The storage stand-in answers 400 to any request carrying Authorization; the log arrived.
        assertTrue(log.contains("Current runner version"));
        assertFalse(storage.seen().isEmpty(), "the download went through the recording host");
        for (LoopbackProxy.Seen request : storage.seen()) {
            assertEquals(Optional.empty(), request.header("Authorization"), request.pathAndQuery());
            assertFalse(request.headers().toString().contains(token));
        }
        assertTrue(api.seen().stream().allMatch(r -> r.header("Authorization").equals(Optional.of("Bearer " + token))),
                "every API request, github-api's included, carried the token");
    }

    @Test
    void aSessionLeavesTheTokenInNoFileLogLineMessageOrOutput(@TempDir Path historyDir) throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        SandboxSession session = keep(SandboxSession.start(b -> b.workflow("ci.yml", TestWorkflows.PUSH_ONLY)));
        String token = session.sandbox().token();
        String wrongToken = "ghp_" + "Wrong".repeat(7) + "X";
        StringBuilder written = new StringBuilder();
        CapturingHandler logs = new CapturingHandler();
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        root.addHandler(logs);
        root.setLevel(Level.ALL);
        try {
            GitHubClient client = session.client();
            written.append(client.testConnection()).append(client.testConnection().summary());
            written.append(client.repository(session.repo())).append(client.branches(session.repo()));
            written.append(new WorkflowCatalog(client).list(session.repo(), "main"));
            RemoteFile release = client.readFile(session.repo(), ".github/workflows/release.yml", "main");
            HistoryStore history = keep(HistoryStore.open(historyDir.resolve("history.db")));
            WorkflowDispatcher dispatcher = new WorkflowDispatcher(client, new HistoryDispatchLog(history), session.clock(),
                    session.sleeper(), Duration.ofSeconds(2));
            String edited = release.text() + "# edited\n";
            PushOutcome pushed = new PushAndDispatch(client, dispatcher).run(new PushRequest(session.repo(),
                    release.path(), "main", "wheelhouse/release-20260602-2230", "Edit the matrix", release.text(),
                    release.blobSha(), edited, text -> text + "# edited\n", Map.of(), false));
            written.append(assertInstanceOf(PushOutcome.Pushed.class, pushed));
            session.clock().advance(Duration.ofHours(6));
            written.append(client.rateLimit().get()).append(client.activity().get());
            for (Runnable failing : List.<Runnable>of(
                    () -> client.repository(dev.wheelhouse.github.RepositoryRef.parse("someone/else")),
                    () -> client.dispatch(session.repo(), "ci.yml", "main", Map.of(), true),
                    () -> client.writeFile(session.repo(), release.path(), "main", new byte[0], "x", "0".repeat(40)),
                    () -> session.client(wrongToken).testConnection())) {
                try {
                    failing.run();
                } catch (RuntimeException e) {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    written.append(trace);
                }
            }
            written.append(GitHubToken.of(token)).append(GitHubToken.of(wrongToken));
            written.append(runCli(session, token, "--repo", session.repo().fullName(), "--workflow", "release.yml",
                    "--ref", "main", "--json", "--api", session.sandbox().apiUrl()));
            written.append(runCli(session, token, "--repo", session.repo().fullName(), "--workflow", "ci.yml",
                    "--ref", "main", "--api", session.sandbox().apiUrl()));
        } finally {
            root.removeHandler(logs);
            root.setLevel(rootLevel);
        }

        assertTrue(logs.text().contains("/repos/wheelhouse-demo/satkit"), "the requests were logged");
        assertTrue(filesWrittenSince(started).contains(historyDir.resolve("history.db")), "the history is scanned");
        for (String secret : List.of(token, wrongToken)) {
            assertFalse(written.toString().contains(secret), "a result, message or output holds a token");
            assertFalse(logs.text().contains(secret), "a log line holds a token");
            for (Path file : filesWrittenSince(started)) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.ISO_8859_1);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // Another program's temporary (the temp folder is shared), deleted since the listing.
                    continue;
                }
                assertFalse(text.contains(secret), file.toString());
            }
        }
    }

    private static String runCli(SandboxSession session, String token, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new DispatchCommand(new DispatchCommand.Setup() {
            @Override
            public Optional<ResolvedToken> token(ApiEndpoint endpoint) {
                return Optional.of(new ResolvedToken(GitHubToken.of(token), TokenSource.GH_ENTERPRISE_TOKEN));
            }

            @Override
            public String noTokenMessage(ApiEndpoint endpoint) {
                return "no token";
            }

            @Override
            public ClientOptions options() {
                return session.options();
            }
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args);
        return code + " " + out;
    }

    /** Files under the temp folder and the Java preferences folder touched during the session. */
    private static List<Path> filesWrittenSince(Instant since) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(Path.of(System.getProperty("java.io.tmpdir")),
                Path.of(System.getProperty("user.home"), ".java"), Path.of("target"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 6)) {
                files.filter(Files::isRegularFile).filter(f -> modifiedSince(f, since))
                        .filter(f -> size(f) < 50_000_000).forEach(out::add);
            } catch (java.io.UncheckedIOException e) {
                // Another build's temp files come and go; what remains is scanned.
            }
        }
        return out;
    }

    private static boolean modifiedSince(Path f, Instant since) {
        try {
            return Files.getLastModifiedTime(f).compareTo(FileTime.from(since)) >= 0 && Files.isReadable(f);
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Every log record at every level, formatted with its parameters and stack trace. */
    private static final class CapturingHandler extends Handler {
        private final StringBuffer text = new StringBuffer();
        private final SimpleFormatter formatter = new SimpleFormatter();

        CapturingHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            text.append(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString();
        }
    }

}
