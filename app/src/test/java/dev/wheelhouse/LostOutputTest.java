package dev.wheelhouse;

import dev.wheelhouse.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real process, its standard output on a full disk ({@code /dev/full}): {@code System.out}
 * swallows the failure, and the command exited 0 with nothing written, which a script takes for
 * success. It exits 1 with one line saying why.
 */
@EnabledOnOs(OS.LINUX)
class LostOutputTest {

    @TempDir
    Path dir;

    @Test
    void aCommandWhoseOutputCannotBeWrittenExitsOneWithOneLine() throws Exception {
        Path workflow = Files.writeString(dir.resolve("release.yml"), "on: push\njobs: {}\n");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(Main.class,
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), List.of("matrix", "show", workflow.toString())));
        builder.redirectOutput(new File("/dev/full")).redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s");
        }
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

        assertEquals(1, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("wheelhouse: cannot write to standard output ("), err);
    }
}
