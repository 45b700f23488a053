package dev.wheelhouse.cli;

import dev.wheelhouse.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A command that fails while it runs names itself in full in its one line, as a usage error does:
 * a script running several commands tells which one failed.
 */
class RuntimeErrorNameTest {

    @TempDir
    Path dir;

    @Test
    void aSubCommandFailingOnItsFileIsNamedInFull() {
        Path missing = dir.resolve("relase.yml");

        CliRun run = CliRun.of("matrix", "show", missing.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wheelhouse matrix show: There is no file " + missing), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aTopLevelCommandFailingOnItsFileIsNamedOnce() {
        Path missing = dir.resolve("relase.yml");

        CliRun run = CliRun.of("wheels", missing.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wheelhouse wheels: There is no file " + missing), run.err());
    }

    @Test
    void aBadOptionValueFoundWhileRunningIsNamedToo() {
        CliRun run = CliRun.of("sandbox", "--fail", "nonsense");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wheelhouse sandbox: expected PATTERN=KIND"), run.err());
    }

    /** Its address and token are all a script gets from it: a sandbox that cannot print them stops, exit 1. */
    @Test
    void aSandboxThatCannotWriteItsAddressStopsInsteadOfServingUnseen() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        cli.setErr(new PrintWriter(err, true));

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.execute("sandbox", "--port", "0"));

        assertEquals(1, exit);
        assertEquals("wheelhouse sandbox: cannot write to standard output; stopped.",
                err.toString().strip());
    }
}
