package dev.wheelhouse.cli;

import java.util.List;
import java.util.Optional;

/** Every headless command of the jar, in the order `--help` lists them. */
public final class Commands {

    /** The names their {@code @Command} annotations give them (a test holds them equal). */
    private static final List<String> NAMES = List.of("matrix", "wheels", "stats", "dispatch", "sandbox", "watch",
            "release", "download", "why", "logs");

    private Commands() {
    }

    public static List<Object> all() {
        return NAMES.stream().map(name -> named(name).orElseThrow()).toList();
    }

    /**
     * The command called {@code name}, built alone; empty for anything else (an option, a typo).
     * Picocli reads a command's annotations, and loads what they name, when the command is added:
     * for all of them that costs a command line more than the command it runs (issue 15). A switch of
     * constructor calls, not a map of {@code ::new}: a method reference loads its class when the
     * map is made.
     */
    public static Optional<Object> named(String name) {
        return named(name, null);
    }

    /**
     * The command called {@code name}, with only the sub-command {@code next} names when it has
     * sub-commands and {@code next} is one of them (null: all of them).
     */
    public static Optional<Object> named(String name, String next) {
        Object command = switch (name) {
            case "matrix" -> MatrixCommand.commandLine(next);
            case "wheels" -> new WheelsCommand();
            case "stats" -> new StatsCommand();
            case "dispatch" -> new DispatchCommand();
            case "sandbox" -> new SandboxCommand();
            case "watch" -> new WatchCommand();
            case "release" -> ReleaseCommand.commandLine(ClientSetup.system());
            case "download" -> new DownloadCommand();
            case "why" -> new WhyCommand();
            case "logs" -> new LogsCommand();
            default -> null;
        };
        return Optional.ofNullable(command);
    }
}
