package dev.wheelhouse;

import dev.wheelhouse.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window asked for where there is no display (ssh, a container, CI): one line saying so and
 * exit 2, not a toolkit's stack trace or "an unexpected failure", and nothing started.
 */
@EnabledOnOs(OS.LINUX)
class NoDisplayTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsIsOneLineAndExitTwo() throws Exception {
        Result result = run(List.of());

        assertEquals(2, result.exit(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("wheelhouse: no display to open the window on: DISPLAY is not set."),
                result.err());
        assertEquals("", result.out());
    }

    @Test
    void aWorkflowToOpenIsOneLineAndExitTwo() throws Exception {
        Path workflow = Files.writeString(dir.resolve("release.yml"), "on: push\njobs: {}\n");

        Result result = run(List.of(workflow.toString()));

        assertEquals(2, result.exit(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("DISPLAY is not set"), result.err());
        assertFalse(result.err().contains("unexpected"), result.err());
    }

    @Test
    void aCommandStillRunsWithoutADisplay() throws Exception {
        Path workflow = Files.writeString(dir.resolve("release.yml"), "on: push\njobs: {}\n");

        Result result = run(List.of("matrix", "show", workflow.toString()));

        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err());
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(Main.class,
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dwheelhouse.dataDir=" + dir.resolve("data"),
                        "-Dwheelhouse.cacheDir=" + dir.resolve("cache"), "-Dwheelhouse.prefs.node=/wheelhouse-test-nodisplay"),
                args));
        builder.environment().remove("DISPLAY");
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s");
        }
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
