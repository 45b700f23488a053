package dev.wheelhouse.cli;

import dev.wheelhouse.github.model.GitHubJson;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.workflow.io.BoundedTextReader;
import dev.wheelhouse.workflow.io.WorkflowDisk;
import dev.wheelhouse.workflow.io.WorkflowFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code sandbox [--port N] [--speed X] [--workflow FILE]… [--seed N] [--fail PATTERN=KIND]…
 * [--release-fault PATTERN=KIND]…}:
 * serves the embedded GitHub stand-in until interrupted. The first line on standard output is
 * one JSON object, {@code {"api": "http://127.0.0.1:PORT", "token": "…", "repo": "OWNER/NAME"}},
 * for scripts to read.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Serve a stand-in for the GitHub REST API on loopback, with a simulated Actions runner, "
                + "seeded with the satkit sample project. Prints one JSON line (api, token, repo), then serves "
                + "until interrupted (Ctrl+C).",
                "Exit 0 after an interrupt, 2 when an option or a workflow file is unusable."})
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "API port on 127.0.0.1 (default: any free port).")
    private int port;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "10",
            description = "Divide every simulated duration by X (default ${DEFAULT-VALUE}: a release run in about a minute).")
    private double speed;

    @Option(names = "--workflow", paramLabel = "FILE",
            description = "Add this workflow file to .github/workflows/ on the default branch (repeatable).")
    private List<Path> workflows = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of durations, cache figures and faults (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "5000",
            description = "Requests per hour per token before 403, as GitHub's core limit (default ${DEFAULT-VALUE}; "
                    + "the hour is on the wall clock, so a run sped up X times spends it X times as fast).")
    private int rateLimit;

    @Option(names = "--fail", paramLabel = "PATTERN=KIND",
            description = "Inject a fault into jobs whose name matches the glob (or regex:…): compile-error, "
                    + "test-failure, repair-failed, timeout, runner-lost, out-of-disk, upload-failed, build-failure, "
                    + "gha-cache-v1, server-startup or write-errors; KIND@first hits the first attempt only (repeatable).")
    private List<String> failures = new ArrayList<>();

    @Option(names = "--release-fault", paramLabel = "PATTERN=KIND",
            description = "Fault what a release run produces, for the jobs whose name matches: no-files (the upload "
                    + "finds nothing), wrong-interpreter (the previous CPython's wheel), duplicate-file (the sdist in "
                    + "a second artifact), expired (the artifact has expired); or version-mismatch alone (the project "
                    + "files at the tag carry another version). Repeatable.")
    private List<String> releaseFaults = new ArrayList<>();

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        SandboxConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            return ErrorLine.print(spec, e.getMessage(), 2);
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(config);
        } catch (BindException e) {
            return ErrorLine.print(spec, "port " + port
                    + " on 127.0.0.1 is in use; choose another with --port, or --port 0 for any free port.", 2);
        } catch (IOException e) {
            return ErrorLine.print(spec, "cannot open a port on 127.0.0.1 (" + e.getMessage() + ").", 2);
        }
        int exit = 0;
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            // The form the issue documents: {"api": "…", "token": "…", "repo": "…"}.
            String line = "{\"api\": " + quoted(sandbox.apiUrl()) + ", \"token\": " + quoted(sandbox.token())
                    + ", \"repo\": " + quoted(sandbox.repo()) + "}";
            PrintWriter out = spec.commandLine().getOut();
            out.println(line);
            // A script that cannot read the address and token cannot use the sandbox: stop rather than serve unseen.
            if (StandardOutput.gone(out, spec)) {
                exit = 1;
            } else {
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            exit = ErrorLine.print(spec, "cannot write to standard output: " + e.getMessage(), 1);
        } finally {
            sandbox.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting; the hook is running or has run.
            }
        }
        return exit;
    }

    private static String quoted(String value) throws IOException {
        return GitHubJson.mapper().writeValueAsString(value);
    }

    private SandboxConfig config() {
        SandboxConfig.Builder builder = SandboxConfig.builder().port(port).speed(speed).seed(seed).rateLimit(rateLimit);
        for (Path file : workflows) {
            builder.workflow(file.getFileName().toString(), read(file));
        }
        List<FailureRule> rules = new ArrayList<>();
        for (String failure : failures) {
            rules.add(FailureRule.parse(failure));
        }
        List<ReleaseFaultRule> release = new ArrayList<>();
        for (String fault : releaseFaults) {
            release.add(ReleaseFaultRule.parse(fault));
        }
        return builder.failures(rules).releaseFaults(release).build();
    }

    private static String read(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
            throw new IllegalArgumentException("workflow file " + file + " must end in .yml or .yaml, as GitHub requires.");
        }
        try {
            // Bounded, regular files only: `--workflow /dev/zero` read until memory ran out.
            return new BoundedTextReader(WorkflowDisk.MAX_BYTES).readText(file, "workflow");
        } catch (WorkflowFileException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
