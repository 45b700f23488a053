package dev.wheelhouse.cli;

import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixEditCommandTest {

    @TempDir
    Path dir;
    private Path file;
    private String original;

    @BeforeEach
    void copySatkit() throws Exception {
        file = dir.resolve("release.yml");
        Files.copy(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"), file);
        original = Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void anExcludeIsWrittenAsTheOnlyChangeAndTheCountDrops() throws Exception {
        CliRun run = CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels",
                "--exclude", "os=windows-latest,python=cp314");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("now runs 19 jobs"), run.out());
        String edited = Files.readString(file, StandardCharsets.UTF_8);
        String added = "        exclude:\n          - os: windows-latest\n            python: cp314\n";
        assertEquals(original.replace("            platform: linux\n\n    runs-on:",
                "            platform: linux\n" + added + "\n    runs-on:"), edited);
        assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(n -> n.endsWith(".tmp")).toList(),
                "no temporary file is left behind");
    }

    @Test
    void dryRunPrintsTheDiffAndLeavesTheFileAlone() throws Exception {
        CliRun run = CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels", "--add", "python=cp315",
                "--remove", "os=macos-latest", "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-          - macos-latest\n"), run.out());
        assertTrue(run.out().contains("+          - cp315\n"), run.out());
        assertEquals(original, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void unexcludeUndoesAnExclude() throws Exception {
        CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels", "--exclude", "os=windows-latest,python=cp314");
        CliRun run = CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels",
                "--unexclude", "os=windows-latest,python=cp314");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(original, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void valuesAreYamlScalarsSoAQuotedNumberIsAString() throws Exception {
        Path w = dir.resolve("w.yml");
        Files.writeString(w, "on: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n        python: [3.9, '3.10']\n");
        CliRun number = CliRun.of("matrix", "edit", w.toString(), "--job", "t", "--remove", "python=3.10");
        assertEquals(1, number.exitCode(), "the number 3.1 is not in the list");
        assertTrue(number.err().contains("is not a value of 'python'"), number.err());
        CliRun string = CliRun.of("matrix", "edit", w.toString(), "--job", "t", "--remove", "python='3.10'");
        assertEquals(0, string.exitCode(), string.err());
        assertTrue(Files.readString(w).contains("python: [3.9]"));
    }

    @Test
    void anEditThatWouldBreakTheMatrixWritesNothing() throws Exception {
        Path w = dir.resolve("w.yml");
        String sixteen = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]";
        String text = "on: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n      matrix:\n        a: " + sixteen
                + "\n        b: " + sixteen + "\n";
        Files.writeString(w, text);
        CliRun run = CliRun.of("matrix", "edit", w.toString(), "--job", "t", "--add", "a=17");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Nothing was written"), run.err());
        assertTrue(run.err().contains("more than 256"), run.err());
        assertEquals(text, Files.readString(w));
    }

    @Test
    void malformedArgumentsAreUsageErrors() {
        assertEquals(2, CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels", "--add", "cp315").exitCode());
        assertEquals(2, CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels").exitCode());
        assertEquals(2, CliRun.of("matrix", "edit", file.toString(), "--job", "nope", "--add", "os=x").exitCode());
        assertEquals(2, CliRun.of("matrix", "edit", file.toString(), "--add", "os=x").exitCode(), "--job is required");
    }

    @Test
    void anImpossibleEditExitsOneWithTheReason() {
        CliRun run = CliRun.of("matrix", "edit", file.toString(), "--job", "build_wheels", "--add", "python=cp310");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("already a value of 'python'"), run.err());
    }
}
