package dev.wheelhouse.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM that holds something on disk (a store's folder, a lock) until it is ended: its {@code main} makes it,
 * {@link #announceAndWait prints its path} and waits. For tests of what a process leaves behind when it is ended by a
 * signal.
 */
public final class HoldingProcess implements AutoCloseable {

    private final Process process;
    private final Path path;

    private HoldingProcess(Process process, Path path) {
        this.process = process;
        this.path = path;
    }

    /** Starts {@code main} with {@code args} and returns once it has said what it holds. */
    public static HoldingProcess start(Class<?> main, String... args) throws IOException {
        Process process = new ProcessBuilder(ChildJvm.command(main, List.of("-Xmx64m"), List.of(args)))
                .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name").startsWith("Windows")
                        ? "NUL" : "/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            process.destroyForcibly();
            throw new IOException(main.getSimpleName() + " ended before it said what it holds");
        }
        return new HoldingProcess(process, Path.of(line));
    }

    /** For a holder's {@code main}: says what it holds, then waits to be ended (a minute at most). */
    public static void announceAndWait(Path held) throws InterruptedException {
        System.out.println(held);
        System.out.flush();
        new CountDownLatch(1).await(1, TimeUnit.MINUTES);
    }

    public Path path() {
        return path;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
