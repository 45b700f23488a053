package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLineFirstThenServesUntilInterrupted() throws Exception {
        Path extra = dir.resolve("lint.yml");
        Files.writeString(extra, "name: Lint\non: [push, workflow_dispatch]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - run: cargo clippy\n");
        PipedReader pipe = new PipedReader();
        PrintWriter out = new PrintWriter(new PipedWriter(pipe), true);
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> {
            CommandLine cli = Main.commandLine();
            cli.setOut(out);
            exit.set(cli.execute("sandbox", "--speed", "500", "--rate-limit", "150000", "--workflow", extra.toString()));
        });
        server.start();
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(pipe).readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(20, TimeUnit.SECONDS);

        assertTrue(first.matches("\\{\"api\": \"http://127\\.0\\.0\\.1:\\d+\", \"token\": \"ghp_[A-Za-z0-9]{36}\", "
                + "\"repo\": \"wheelhouse-demo/satkit\"}"), first);
        JsonNode line = new ObjectMapper().readTree(first);
        assertEquals(3, line.size());
        assertTrue(line.get("api").asText().matches("http://127\\.0\\.0\\.1:\\d+"), first);
        assertEquals("wheelhouse-demo/satkit", line.get("repo").asText());
        HttpResponse<String> workflows = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(line.get("api").asText() + "/repos/" + line.get("repo").asText() + "/actions/workflows"))
                .header("Authorization", "Bearer " + line.get("token").asText()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, workflows.statusCode());
        assertEquals("150000", workflows.headers().firstValue("X-RateLimit-Limit").orElse(""));
        assertEquals(2, new ObjectMapper().readTree(workflows.body()).get("total_count").asInt());

        server.interrupt();
        server.join(10_000);
        assertEquals(0, exit.get());
    }

    @Test
    void aMissingWorkflowFileIsAOneLineUsageError() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("sandbox", "--workflow", dir.resolve("absent.yml").toString());
        assertEquals(2, code);
        assertEquals("wheelhouse sandbox: There is no file " + dir.resolve("absent.yml") + ". It may have been moved or deleted.",
                err.toString().strip());
    }

    @Test
    void aWorkflowThatIsNotAFileOnDiskIsAOneLineUsageErrorWithoutReadingIt() throws Exception {
        // Issue 11 item 7 for this entry point: a link named .yml to /dev/zero was read until memory ran out.
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yml"), Path.of("/dev/zero"));
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> cli.execute("sandbox", "--workflow", zero.toString()));
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("not a regular file"), err.toString());
    }

    @Test
    void aFaultSpecWithoutAKindIsAOneLineUsageError() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("sandbox", "--fail", "build wheels*"));
        assertTrue(err.toString().strip().startsWith("wheelhouse sandbox: expected PATTERN=KIND"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void aPortInUseIsAOneLineUsageError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandLine cli = Main.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            assertEquals(2, cli.execute("sandbox", "--port", Integer.toString(taken.getLocalPort())));
            assertEquals("wheelhouse sandbox: port " + taken.getLocalPort() + " on 127.0.0.1 is in use; choose another with"
                    + " --port, or --port 0 for any free port.", err.toString().strip());
        }
    }
}
