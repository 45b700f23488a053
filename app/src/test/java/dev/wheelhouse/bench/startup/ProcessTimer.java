package dev.wheelhouse.bench.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Times a whole process, from just before it is started to its exit; its output is discarded. */
final class ProcessTimer {

    private ProcessTimer() {
    }

    /** Milliseconds the command took; fails when it exits other than 0. */
    static double millis(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Launch.isolate(builder.environment(), home, null);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("DISPLAY");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("still running after 60 s: " + command);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + ": " + command);
        }
        return millis;
    }
}
