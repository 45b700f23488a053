package dev.wheelhouse.cli;

import dev.wheelhouse.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wheelhouse release.yml} and {@code wheelhouse CLONE} open the window on them; --help says how. */
class WindowArgumentTest {

    @TempDir
    Path dir;

    private final List<Optional<Path>> opened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(target -> {
            opened.add(target);
            return Optional.empty();
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aWorkflowFileOpensTheWindowOnIt() throws Exception {
        Path release = Files.writeString(dir.resolve("release.yml"), "on: push\njobs: {}\n");

        assertEquals(0, run(release.toString()));

        assertEquals(List.of(Optional.of(release.toAbsolutePath().normalize())), opened);
        assertEquals("", err.toString());
    }

    @Test
    void aRepositoryFolderOpensTheWindowOnIt() {
        assertEquals(0, run(dir.toString()));

        assertEquals(List.of(Optional.of(dir.toAbsolutePath().normalize())), opened);
    }

    @Test
    void aPathThatIsNotThereIsOneLineAndExitTwoAndNoWindow() {
        assertEquals(2, run(dir.resolve("relase.yml").toString()));

        assertTrue(opened.isEmpty());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("wheelhouse: " + dir.resolve("relase.yml") + " is neither a file nor a folder"),
                err.toString());
    }

    @Test
    void aWindowThatCannotOpenIsOneLineAndExitTwo() throws Exception {
        Path release = Files.writeString(dir.resolve("release.yml"), "on: push\njobs: {}\n");
        CommandLine cli = Main.commandLine(target -> Optional.of("no display to open the window on: DISPLAY is not set."));
        cli.setErr(new PrintWriter(err, true));

        assertEquals(2, cli.execute(release.toString()));

        assertEquals("wheelhouse: no display to open the window on: DISPLAY is not set.", err.toString().strip());
    }

    @Test
    void commandsStillRunHeadless() throws Exception {
        Path release = Files.writeString(dir.resolve("release.yml"), "on: push\njobs: {}\n");

        assertEquals(0, run("matrix", "show", release.toString()));

        assertTrue(opened.isEmpty());
    }

    @Test
    void helpListsTheArgumentAndTheWindowsOptions() {
        assertEquals(0, run("--help"));

        String help = out.toString();
        assertTrue(help.contains("WORKFLOW|FOLDER"), help);
        assertTrue(help.contains("-Dwheelhouse.open=FILE"), help);
        assertTrue(help.contains("-Dwheelhouse.dataDir=DIR"), help);
        assertTrue(opened.isEmpty());
    }
}
