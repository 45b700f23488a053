package dev.wheelhouse.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An Xvfb screen of the benchmark's own, so windows are real X11 windows and nothing else draws there. */
final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String name;

    private VirtualDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    static VirtualDisplay start() throws IOException, InterruptedException {
        for (int number = 140; number < 200; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            for (int i = 0; i < 100 && xvfb.isAlive() && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            if (Files.exists(socket)) {
                return new VirtualDisplay(xvfb, ":" + number);
            }
            xvfb.destroy();
        }
        throw new IOException("could not start Xvfb (apt-get install -y xvfb)");
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        xvfb.waitFor(5, TimeUnit.SECONDS);
    }
}
