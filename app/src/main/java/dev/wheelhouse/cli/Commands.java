package dev.wheelhouse.cli;

import java.util.List;
import java.util.Optional;

/** Every headless command of the jar, in the order `--help` lists them. */
public final class Commands {

    /** The names their {@code @Command} annotations give them (a test holds them equal). */
    private static final List<String> NAMES = List.of("matrix", "wheels", "stats", "dispatch", "sandbox", "watch");

    private Commands() {
    }

    public static List<Object> all() {
        return NAMES.stream().map(name -> named(name).orElseThrow()).toList();
    }

    /**
     * The command called {@code name}, built alone; empty for anything else (an option, a typo).
     * Picocli reads a command's annotations, and loads what they name, when the command is added:
     * for all six that costs a command line more than the command it runs (issue 15). A switch of
     * constructor calls, not a map of {@code ::new}: a method reference loads its class when the
     * map is made.
     */
    public static Optional<Object> named(String name) {
        Object command = switch (name) {
            case "matrix" -> new MatrixCommand();
            case "wheels" -> new WheelsCommand();
            case "stats" -> new StatsCommand();
            case "dispatch" -> new DispatchCommand();
            case "sandbox" -> new SandboxCommand();
            case "watch" -> new WatchCommand();
            default -> null;
        };
        return Optional.ofNullable(command);
    }
}
