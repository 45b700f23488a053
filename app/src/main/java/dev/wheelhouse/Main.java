package dev.wheelhouse;

import dev.wheelhouse.cli.CommandLineErrors;
import dev.wheelhouse.cli.Commands;
import dev.wheelhouse.cli.LogFile;
import dev.wheelhouse.cli.StandardOutput;
import dev.wheelhouse.ui.WheelhouseApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The jar's entry point. No arguments open the window; a workflow file or a repository folder
 * opens the window on it; a command runs headless and never loads a JavaFX class, so it works on
 * a machine with no display.
 */
@Command(name = "wheelhouse", mixinStandardHelpOptions = true, version = "Wheelhouse 0.1.0",
        description = "A release console for Python projects that build wheels on GitHub Actions. "
                + "With no command it opens the window, on the workflow file or repository folder given.",
        footer = {"",
                "Window options (Java system properties, given before -jar):",
                "  -Dwheelhouse.open=FILE           open this workflow file (as the argument does)",
                "  -Dwheelhouse.dataDir=DIR         where the run history is kept",
                "  -Dwheelhouse.cacheDir=DIR        where job logs are cached",
                "  -Dwheelhouse.prefs.node=NODE     the preferences node (settings, window geometry)",
                "  -Dwheelhouse.sandbox.speed=N     how many times faster than real time sandbox runs go",
                "  -Dwheelhouse.demo.dispatch=true  dispatch the sandbox's release run at start",
                "  -Dwheelhouse.demo.cacheRuns=N    run it N times at start and show the Cache screen",
                "",
                "Examples:",
                "  java -jar wheelhouse.jar .github/workflows/release.yml",
                "  java -jar wheelhouse.jar path/to/clone",
                "  java -jar wheelhouse.jar matrix show release.yml"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "WORKFLOW|FOLDER",
            description = "A workflow file, or a repository clone whose .github/workflows to list, to open in the window.")
    Path target;

    /** Opens the window on a target; empty once it has closed, or why it could not open. */
    @FunctionalInterface
    public interface Window {
        Optional<String> open(Optional<Path> target);
    }

    private final Window window;

    private Main(Window window) {
        this.window = window;
    }

    public static void main(String[] args) {
        LogFile.install();
        if (args.length == 0) {
            Optional<String> problem = WheelhouseApp.launchWindow(args);
            if (problem.isPresent()) {
                System.err.println("wheelhouse: " + problem.get());
                System.exit(2);
            }
            return;
        }
        // Picocli registers converters for java.sql's and java.time's types through reflection,
        // initialising each class (java.time's cascade through its formatters); no option here has
        // one of those types, and they cost every command line about 6 ms. Its look-up of Groovy's
        // Closure class (a class-path miss) costs another 10 ms.
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        System.setProperty("picocli.disable.closures", "true");
        CommandLine cli = commandLine(args[0], args.length > 1 ? args[1] : null);
        StandardOutput out = StandardOutput.open();
        cli.setOut(out);
        int exit = cli.execute(args);
        System.exit(out.settle(exit, System.err));
    }

    /** The command tree, shared with tests that drive the CLI in-process. */
    public static CommandLine commandLine() {
        return commandLine(Main::openWindow);
    }

    private static Optional<String> openWindow(Optional<Path> target) {
        target.ifPresent(path -> System.setProperty("wheelhouse.open", path.toString()));
        return WheelhouseApp.launchWindow(new String[0]);
    }

    /** The command tree with {@code window} opening the window, or saying why it cannot (tests see what it would open). */
    public static CommandLine commandLine(Window window) {
        CommandLine cli = new CommandLine(new Main(window));
        // Loops, not method references to CommandLine: see CommandLineErrors.OneLine for why.
        for (Object command : Commands.all()) {
            cli.addSubcommand(command);
        }
        return CommandLineErrors.install(cli);
    }

    /**
     * The tree with only the command named first, when there is one (and of its sub-commands only
     * the one named second): the others' annotations are never read, nor their classes loaded.
     * Anything else (--help, a typo) gets the whole tree.
     */
    static CommandLine commandLine(String first, String second) {
        Optional<Object> command = Commands.named(first, second);
        if (command.isEmpty()) {
            return commandLine();
        }
        CommandLine cli = new CommandLine(new Main(Main::openWindow));
        cli.addSubcommand(command.get());
        // The same one-line errors as the whole tree: a wrong option is one line, not the usage.
        return CommandLineErrors.install(cli);
    }

    @Override
    public Integer call() {
        if (target != null && !Files.exists(target)) {
            spec.commandLine().getErr().println("wheelhouse: " + target + " is neither a file nor a folder, nor a "
                    + "command. Give a workflow file, a repository folder, or a command (see --help).");
            return 2;
        }
        Optional<String> problem = window.open(Optional.ofNullable(target).map(p -> p.toAbsolutePath().normalize()));
        if (problem.isPresent()) {
            spec.commandLine().getErr().println("wheelhouse: " + problem.get());
            return 2;
        }
        return 0;
    }
}
