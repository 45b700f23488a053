package dev.wheelhouse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 items 7, 8, 9, 14 (pyproject) and 16, as a user meets them on the command line. */
class HostileInputCliTest {

    @TempDir
    Path dir;

    private static CliRun run(Duration bound, String... args) {
        return assertTimeoutPreemptively(bound, () -> CliRun.of(args));
    }

    private static void assertOneLineRefusal(CliRun run, int exit, String phrase) {
        assertEquals(exit, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(phrase), run.err());
    }

    @Test
    void devZeroIsRefusedByMatrixShowAndWheelsWithoutReadingIt() {
        assertOneLineRefusal(run(Duration.ofSeconds(10), "matrix", "show", "/dev/zero"), 2, "not a regular file");
        assertOneLineRefusal(run(Duration.ofSeconds(10), "wheels", "/dev/zero"), 2, "not a regular file");
        assertOneLineRefusal(run(Duration.ofSeconds(10), "matrix", "edit", "/dev/zero", "--job", "x", "--add", "a=b"),
                2, "not a regular file");
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("release.yml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        assertOneLineRefusal(run(Duration.ofSeconds(10), "matrix", "show", fifo.toString()), 2, "not a regular file");
        assertOneLineRefusal(run(Duration.ofSeconds(10), "wheels", fifo.toString()), 2, "not a regular file");
    }

    @Test
    void aUtf16WorkflowIsNamedSo() throws Exception {
        Path file = dir.resolve("release.yml");
        Files.write(file, "\uFEFFon: push\njobs:\n  a:\n    runs-on: x\n".getBytes(StandardCharsets.UTF_16LE));
        assertOneLineRefusal(run(Duration.ofSeconds(10), "matrix", "show", file.toString()), 2, "UTF-16 (little-endian)");
    }

    @Test
    void aLongLineReadsInLinearTime() throws Exception {
        // 8 MB in one comment and one scalar: 14 s and more before (the reader's window was
        // copied on every 1 KB refill), well under a second per MB now.
        Path file = dir.resolve("release.yml");
        String mb8 = "x".repeat(8 * 1024 * 1024);
        Files.writeString(file, "name: " + mb8 + "\non: push # " + mb8 + "\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
                + "    strategy:\n      matrix:\n        os: [a, b]\n    steps:\n      - run: echo\n");
        CliRun shown = run(Duration.ofSeconds(30), "matrix", "show", file.toString());
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("2 jobs") || shown.out().contains("a (a)"), shown.out());
    }

    @Test
    void deepNestingIsRefusedInGitHubsWordsWithExit2() throws Exception {
        for (String nested : new String[] {"[".repeat(3000) + "]".repeat(3000), deepBlock(2000)}) {
            Path file = dir.resolve("deep.yml");
            Files.writeString(file, "on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      X: " + nested + "\n");
            for (String[] args : new String[][] {{"matrix", "show", file.toString()}, {"wheels", file.toString()},
                    {"matrix", "edit", file.toString(), "--job", "a", "--add", "os=b"}}) {
                assertOneLineRefusal(run(Duration.ofSeconds(20), args), 2, "Maximum object depth exceeded");
            }
        }
    }

    @Test
    void fiftyLevelsStillRead() throws Exception {
        Path file = dir.resolve("ok.yml");
        // The document, jobs, a, env: 4 levels, then 46 lists.
        Files.writeString(file, "on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      X: " + "[".repeat(46) + "]".repeat(46) + "\n");
        CliRun shown = run(Duration.ofSeconds(10), "matrix", "show", file.toString());
        assertTrue(shown.exitCode() != 2, shown.err());
    }

    @Test
    void aNonUtf8PyprojectIsOneLineAndExit2() throws Exception {
        Path project = dir.resolve("project");
        Path workflows = Files.createDirectories(project.resolve(".github").resolve("workflows"));
        Files.copy(dev.wheelhouse.testing.Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"),
                workflows.resolve("release.yml"));
        Files.write(project.resolve("pyproject.toml"), "[tool.cibuildwheel]\nbuild = \"\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = run(Duration.ofSeconds(20), "wheels", workflows.resolve("release.yml").toString(), "--project", project.toString());
        assertOneLineRefusal(run, 2, "pyproject.toml is not UTF-8");
    }

    private static String deepBlock(int levels) {
        StringBuilder out = new StringBuilder("\n");
        for (int i = 0; i < levels; i++) {
            out.append(" ".repeat(8 + i)).append("k").append(i).append(":\n");
        }
        out.append(" ".repeat(8 + levels)).append("v\n");
        return out.toString();
    }
}
