package dev.wheelhouse.cli;

import dev.wheelhouse.Main;
import dev.wheelhouse.testing.BigWorkflow;
import dev.wheelhouse.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 3: several {@code matrix edit}s of one large workflow, each in its own process,
 * at once. Every one that answers "Wrote" must find its exclude in the file; the others must
 * say the file changed, and write nothing.
 */
class ConcurrentMatrixEditTest {

    @TempDir
    Path dir;

    @Test
    void concurrentEditsInSeparateProcessesNeverLoseAnAnsweredWrite() throws Exception {
        Path file = dir.resolve("release.yml");
        Files.writeString(file, BigWorkflow.of(3_000_000), StandardCharsets.UTF_8);
        String[] oses = {"macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm"};
        List<Process> editors = new ArrayList<>();
        int writers = 8;
        for (int i = 0; i < writers; i++) {
            String exclude = "os=" + oses[i % 4] + ",python=" + python(i);
            editors.add(ChildJvm.start(Main.class, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"),
                    List.of("matrix", "edit", file.toString(), "--job", "build_wheels", "--exclude", exclude)));
        }
        int wrote = 0;
        List<String> answers = new ArrayList<>();
        for (Process editor : editors) {
            assertTrue(editor.waitFor(120, TimeUnit.SECONDS), "an editor did not finish");
            answers.add(editor.exitValue() + ": " + new String(editor.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        CliRun shown = CliRun.of("matrix", "show", file.toString(), "--job", "build_wheels");
        assertEquals(0, shown.exitCode(), shown.err());
        for (int i = 0; i < editors.size(); i++) {
            String answer = answers.get(i);
            String job = "build wheels (" + oses[i % 4] + " " + python(i) + ")";
            if (answer.startsWith("0: ")) {
                wrote++;
                assertTrue(answer.contains("Wrote"), answer);
                assertFalse(shown.out().contains(job), "answered 'Wrote' but its exclude is not in the file: " + answer);
            } else {
                assertTrue(answer.startsWith("1: ") && answer.contains("changed on disk"), answer);
                assertTrue(shown.out().contains(job), "refused, yet its exclude is in the file: " + answer);
            }
        }
        assertTrue(wrote >= 1, "no editor wrote: " + answers);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "only the workflow is left in its folder");
        }
    }

    /** With {@code oses[writer % 4]}, a different combination for each of eight writers. */
    private static String python(int writer) {
        return "cp31" + ((writer % 4 + writer / 4) % 5);
    }
}
