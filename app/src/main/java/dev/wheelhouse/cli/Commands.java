package dev.wheelhouse.cli;

import java.util.List;

/** Every headless command of the jar, in the order `--help` lists them. */
public final class Commands {

    private Commands() {
    }

    public static List<Object> all() {
        return List.of(
                new MatrixCommand(),
                new WheelsCommand(),
                new StatsCommand(),
                new DispatchCommand(),
                new SandboxCommand(),
                new WatchCommand(),
                new WhyCommand(),
                new LogsCommand()
        );
    }
}
