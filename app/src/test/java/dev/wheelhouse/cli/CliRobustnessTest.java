package dev.wheelhouse.cli;

import dev.wheelhouse.Main;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11's robustness suite: every file-reading CLI entry point ({@code matrix show}, {@code
 * matrix edit}, {@code wheels}, {@code wheels --project}) against random bytes, random YAML-ish
 * text, mutilated real workflows, special files, deep and long inputs and wrong encodings. Each
 * case must end, within its bound, with exit 0, 1 or 2 and at most one line on stderr. Cases run
 * in-process through {@link Main#commandLine()} for speed; a few run the real entry point in a
 * child JVM, where JVM-level output (a logging banner, a logger's console lines, an uncaught
 * error's trace) would show. The seed is fixed, so a failing case can be run again.
 */
class CliRobustnessTest {

    private static final long SEED = 20261207L;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    private static final Map<String, Path> inputs = new LinkedHashMap<>();
    private static Path project;

    @BeforeAll
    static void writeHostileInputs() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 12; i++) {
            byte[] bytes = new byte[random.nextInt(i < 6 ? 256 : 65_536)];
            random.nextBytes(bytes);
            put("random-bytes-" + i, bytes);
        }
        String[] alphabet = {"{", "}", "[", "]", ":", ": ", ",", "- ", "? ", "&a ", "*a", "!!str ", "!!binary ", "|", ">",
                "'", "\"", "#", "%YAML 1.2\n", "---\n", "...\n", "@", "`", "\n", "  ", "\t", "jobs", "matrix", "on",
                "strategy", "include", "exclude", "${{ matrix.os }}", "\\", "\u00e9", "\ud83d\ude00", "<<: *a\n", "~", "0x1F"};
        for (int i = 0; i < 20; i++) {
            StringBuilder text = new StringBuilder();
            int tokens = 20 + random.nextInt(2_000);
            for (int t = 0; t < tokens; t++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            put("yamlish-" + i, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<Path> samples = Samples.allWorkflowFiles();
        for (int i = 0; i < 16; i++) {
            byte[] sample = Files.readAllBytes(samples.get(random.nextInt(samples.size())));
            put("mutated-sample-" + i, mutate(sample, random));
        }
        put("empty", new byte[0]);
        put("bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        put("utf16", "\uFEFFon: push\njobs: {}\n".getBytes(StandardCharsets.UTF_16LE));
        put("latin1", "name: caf\u00e9\non: push\n".getBytes(StandardCharsets.ISO_8859_1));
        put("nul-in-middle", "on: push\n\0jobs: {}\n".getBytes(StandardCharsets.UTF_8));
        put("deep-flow", ("on: push\njobs: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n").getBytes(StandardCharsets.UTF_8));
        put("deep-mapping", ("on: push\njobs: " + "{a: ".repeat(3_000) + "b" + "}".repeat(3_000) + "\n").getBytes(StandardCharsets.UTF_8));
        put("deep-block", deepBlock(1_500).getBytes(StandardCharsets.UTF_8));
        put("alias-bomb", aliasBomb().getBytes(StandardCharsets.UTF_8));
        put("long-line", ("on: push\nname: " + "x".repeat(4 << 20) + "\njobs: {}\n").getBytes(StandardCharsets.UTF_8));
        put("long-flow-line", longFlowLine().getBytes(StandardCharsets.UTF_8));
        put("many-lines", "# comment\n".repeat(400_000).getBytes(StandardCharsets.UTF_8));
        put("huge-matrix", ("on: push\njobs:\n  build:\n    runs-on: x\n    strategy:\n      matrix:\n"
                + "        a: [" + "1,".repeat(999) + "1]\n        b: [" + "2,".repeat(999) + "2]\n").getBytes(StandardCharsets.UTF_8));
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        inputs.put("directory", folder);
        inputs.put("missing", dir.resolve("no-such-file.yml"));
        Path loop = dir.resolve("loop.yml");
        Files.createSymbolicLink(loop, loop);
        inputs.put("symlink-loop", loop);
        inputs.put("dev-zero", Path.of("/dev/zero"));
        inputs.put("dev-null", Path.of("/dev/null"));
        inputs.put("dev-urandom", Path.of("/dev/urandom"));
        Path fifo = dir.resolve("fifo.yml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            inputs.put("fifo", fifo);
        }
        project = Files.createDirectories(dir.resolve("project"));
        Files.write(project.resolve("pyproject.toml"), mutate("[tool.cibuildwheel]\nbuild = \"cp3*\"\n".getBytes(
                StandardCharsets.UTF_8), random));
    }

    @TestFactory
    Stream<DynamicTest> everyEntryPointEndsWithinItsBoundWithAnExitStatusAndOneLine() {
        List<DynamicTest> cases = new ArrayList<>();
        inputs.forEach((name, file) -> {
            String f = file.toString();
            for (String[] args : new String[][] {{"matrix", "show", f}, {"matrix", "show", f, "--json"},
                    {"matrix", "edit", f, "--job", "build", "--add", "os=x", "--dry-run"},
                    {"wheels", f}, {"wheels", f, "--json", "--project", project.toString()}}) {
                cases.add(DynamicTest.dynamicTest(name + ": " + args[0] + " " + args[1], () -> inProcess(args)));
            }
        });
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> theRealEntryPointPrintsNoJvmLevelOutput() {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("matrix show /dev/zero", List.of("matrix", "show", "/dev/zero"));
        cases.put("matrix show deep", List.of("matrix", "show", inputs.get("deep-flow").toString()));
        cases.put("wheels a mutated workflow", List.of("wheels", inputs.get("mutated-sample-0").toString(), "--project",
                project.toString()));
        cases.put("dispatch with a control character in the token", List.of("dispatch", "--repo", "o/r", "--workflow",
                "release.yml", "--ref", "main", "--api", "http://127.0.0.1:1"));
        cases.put("watch an unreachable API with credentials in its URL", List.of("watch", "--repo", "o/r", "--run", "1",
                "--api", "http://user:SECRETPW@127.0.0.1:1"));
        cases.put("dispatch without a token (the keychain is asked)", List.of("dispatch", "--repo", "o/r", "--workflow",
                "release.yml", "--ref", "main", "--api", "http://127.0.0.1:1"));
        cases.put("an unknown option", List.of("matrix", "show", "--no-such-option"));
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach((name, args) -> tests.add(DynamicTest.dynamicTest(name, () -> child(name, args))));
        return tests.stream();
    }

    private static void inProcess(String[] args) {
        CliRun run = assertTimeoutPreemptively(BOUND, () -> CliRun.of(args), () -> String.join(" ", args) + " ran past "
                + BOUND.toSeconds() + " s");
        assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, "exit " + run.exitCode() + ": " + run.err());
        assertTrue(run.err().lines().count() <= 1, "more than one line on stderr:\n" + run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    }

    private static void child(String name, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("WHEELHOUSE_DATA_DIR", dir.resolve("data").toString());
        builder.environment().remove("GH_TOKEN");
        builder.environment().remove("GITHUB_TOKEN");
        builder.environment().remove("GH_ENTERPRISE_TOKEN");
        builder.environment().remove("GITHUB_ENTERPRISE_TOKEN");
        if (name.contains("control character")) {
            builder.environment().put("GH_ENTERPRISE_TOKEN", "ghp_SECRET\u0001tail");
        }
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus"));
        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, name + " did not end within 60 s");
        assertTrue(process.exitValue() >= 0 && process.exitValue() <= 2, "exit " + process.exitValue() + ": " + err);
        assertTrue(err.lines().count() <= 1, name + ": more than one line on stderr:\n" + err);
        assertTrue(!err.contains("SLF4J") && !err.contains("SECRET") && !err.contains("\tat "), err);
        // Nor in any file the run left: the log file gets the details stderr does not.
        Path data = dir.resolve("data");
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertTrue(!text.contains("SECRET"), name + ": a credential reached " + file);
                }
            }
        }
    }

    private static void put(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name + ".yml");
        Files.write(file, bytes);
        inputs.put(name, file);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int at = random.nextInt(text.length());
                bytes = (text.substring(0, at) + text.substring(at).replaceFirst("\n", "\n" + "  ".repeat(random.nextInt(8))))
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                for (int k = 0; k < 1 + random.nextInt(10); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) "{}[]:,-&*!|>'\"#\n\t".charAt(random.nextInt(16));
                }
            }
        }
        return bytes;
    }

    private static String deepBlock(int levels) {
        StringBuilder out = new StringBuilder("on: push\njobs:\n");
        for (int i = 0; i < levels; i++) {
            out.append(" ".repeat(2 + i)).append("k").append(i).append(":\n");
        }
        return out.append(" ".repeat(2 + levels)).append("v\n").toString();
    }

    private static String aliasBomb() {
        StringBuilder out = new StringBuilder("on: push\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            out.append("x").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                out.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            out.append("]\n");
        }
        return out.append("jobs: {}\n").toString();
    }

    private static String longFlowLine() {
        StringBuilder out = new StringBuilder("on: push\njobs: {build: {runs-on: x, strategy: {matrix: {os: [");
        for (int i = 0; i < 100_000; i++) {
            out.append(i == 0 ? "" : ", ").append("v\u00e9").append(i);
        }
        return out.append("]}}, steps: [{run: echo}]}}\n").toString();
    }
}
