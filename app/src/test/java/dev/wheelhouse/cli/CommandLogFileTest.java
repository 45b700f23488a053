package dev.wheelhouse.cli;

import dev.wheelhouse.Main;
import dev.wheelhouse.history.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's log file, in fresh JVMs (java.util.logging is configured once a process):
 * lines go to the data folder's log file and never to the terminal, and a command that logs
 * nothing does not start java.util.logging at all (issue 15: its start was a tenth of
 * {@code matrix show}).
 */
class CommandLogFileTest {

    @TempDir
    Path dir;

    @Test
    void linesGoToTheFileWithCredentialsRemovedAndNothingToTheTerminal() throws Exception {
        Run run = run(List.of(), LogFileChild.class.getName(), List.of());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "java.util.logging's console handler wrote to stderr");
        String log = logText();
        assertTrue(log.contains("WARNING dev.wheelhouse.test: through System.Logger https://"), log);
        assertTrue(log.contains("INFO dev.wheelhouse.test.jul: through java.util.logging"), log);
        assertFalse(log.contains("SECRET"), log);
        assertFalse(log.contains("below the level"), log);
    }

    @Test
    void aCommandThatLogsNothingNeverStartsJavaUtilLogging() throws Exception {
        String workflow = Path.of("../resources/samples/satkit/.github/workflows/release.yml").toAbsolutePath()
                .normalize().toString();
        Run run = run(List.of("-verbose:class"), Main.class.getName(), List.of("matrix", "show", workflow));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("build wheels"), run.out());
        assertFalse(run.out().contains("java.util.logging.LogManager "), "matrix show started java.util.logging");
        assertFalse(Files.exists(dir.resolve("data").resolve("logs")), "matrix show made a log folder");
    }

    private String logText() throws Exception {
        Path logs = dir.resolve("data").resolve("logs");
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private Run run(List<String> jvmOptions, String main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put(DataDirectory.ENV_OVERRIDE, dir.resolve("data").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not end within 60 s");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private record Run(int exit, String out, String err) {
    }
}
