package dev.wheelhouse.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command sees its output fail, and says why unless its reader merely stopped reading. */
class StandardOutputTest {

    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Spec
        CommandSpec spec;
        boolean gone;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("a line");
            gone = StandardOutput.gone(out, spec);
        }
    }

    /** Accepts {@code room} bytes, then fails every write with {@code failure}. */
    static final class FailingStream extends OutputStream {
        private final int room;
        private final String failure;
        private int written;

        FailingStream(int room, String failure) {
            this.room = room;
            this.failure = failure;
        }

        @Override
        public void write(int b) throws IOException {
            if (written >= room) {
                throw new IOException(failure);
            }
            written++;
        }
    }

    private static String run(Probe probe, OutputStream stream) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(probe);
        cli.setOut(StandardOutput.over(stream));
        cli.setErr(new PrintWriter(err, true));
        cli.execute();
        return err.toString();
    }

    @Test
    void outputThatWorksIsNotGone() {
        Probe probe = new Probe();

        String err = run(probe, OutputStream.nullOutputStream());

        assertFalse(probe.gone);
        assertEquals("", err);
    }

    @Test
    void aClosedPipeStopsTheCommandQuietly() {
        Probe probe = new Probe();

        String err = run(probe, new FailingStream(0, "Broken pipe"));

        assertTrue(probe.gone);
        assertEquals("", err, "a reader that stopped reading (| head) is not an error to report");
    }

    /** A command that printed its whole answer into a full disk did not succeed, whatever it returned. */
    @Test
    void aSuccessWhoseOutputWasLostExitsOne() {
        StandardOutput out = StandardOutput.over(new FailingStream(3, "No space left on device"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        out.println("the whole table");

        int exit = out.settle(0, new PrintStream(err, true, UTF_8));

        assertEquals(1, exit);
        assertEquals("wheelhouse: cannot write to standard output (No space left on device).",
                err.toString(UTF_8).strip());
    }

    @Test
    void aFailureKeepsItsOwnExitAndAClosedPipeStaysQuiet() {
        StandardOutput out = StandardOutput.over(new FailingStream(0, "Broken pipe"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        out.println("the first lines");
        PrintStream errors = new PrintStream(err, true, UTF_8);

        assertEquals(2, out.settle(2, errors));
        assertEquals(1, out.settle(0, errors));
        assertEquals(0, StandardOutput.over(OutputStream.nullOutputStream()).settle(0, errors));
        assertEquals("", err.toString(UTF_8));
    }

    /** A failing command's last words reach the reader too, flushed or not. */
    @Test
    void whatAFailingCommandLeftUnflushedIsWritten() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        StandardOutput out = StandardOutput.over(written);
        out.print("1 finding is open.");

        int exit = out.settle(1, new PrintStream(new ByteArrayOutputStream(), true, UTF_8));

        assertEquals(1, exit);
        assertEquals("1 finding is open.", written.toString(UTF_8));
    }

    @Test
    void aFullDiskIsSaidInOneLine() {
        Probe probe = new Probe();

        String err = run(probe, new FailingStream(3, "No space left on device"));

        assertTrue(probe.gone);
        assertEquals("wheelhouse probe: cannot write to standard output (No space left on device); stopped.",
                err.strip());
    }
}
