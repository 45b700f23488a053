package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 items 6 and 12-14, as a script runs the commands: {@code sandbox} in one process,
 * {@code dispatch} and {@code watch --exit-status} in others, over real HTTP, the token passed in
 * the environment only. Every command that waits comes to its end by itself within its bound,
 * says nothing on stderr when all went well, and the token is in no file the commands left.
 */
class ScriptOverSandboxTest {

    @TempDir
    Path dir;

    private record Ended(int exit, String out, String err) {
    }

    @Test
    void aScriptStartsTheSandboxDispatchesWatchesToTheEndAndStopsIt() throws Exception {
        Process sandbox = start(List.of("sandbox", "--speed", "60", "--rate-limit", "100000"), Map.of());
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(60, TimeUnit.SECONDS);
            JsonNode served = new ObjectMapper().readTree(first);
            String api = served.get("api").asText();
            String repo = served.get("repo").asText();
            String token = served.get("token").asText();
            Map<String, String> env = Map.of("GH_ENTERPRISE_TOKEN", token);

            Ended dispatch = run(List.of("dispatch", "--repo", repo, "--workflow", "release.yml", "--ref", "main",
                    "--api", api, "--json"), env, Duration.ofSeconds(60));
            assertEquals(0, dispatch.exit(), dispatch.err());
            assertEquals("", dispatch.err());
            long runId = new ObjectMapper().readTree(dispatch.out()).get("run_id").asLong();

            Ended watch = run(List.of("watch", "--repo", repo, "--run", Long.toString(runId), "--api", api,
                    "--interval", "1", "--exit-status"), env, Duration.ofMinutes(3));
            assertEquals(0, watch.exit(), watch.err());
            assertEquals("", watch.err());
            assertTrue(watch.out().contains("24/24 done"), watch.out());

            assertNoFileHolds(token);
            assertFalse(watch.out().contains(token) || dispatch.out().contains(token), "the token was printed");
        } finally {
            // A script's Ctrl+C or kill: the sandbox ends by itself.
            sandbox.destroy();
            assertTrue(sandbox.waitFor(20, TimeUnit.SECONDS), "the sandbox did not stop");
        }
    }

    private void assertNoFileHolds(String token) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(token),
                        "the token is in " + file);
            }
        }
    }

    private Ended run(List<String> args, Map<String, String> env, Duration bound) throws Exception {
        Process process = start(args, env);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        boolean ended = process.waitFor(bound.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, String.join(" ", args.subList(0, 1)) + " did not end within " + bound.toSeconds() + " s");
        return new Ended(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private Process start(List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        for (String name : List.of("GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN")) {
            builder.environment().remove(name);
        }
        builder.environment().put("WHEELHOUSE_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
