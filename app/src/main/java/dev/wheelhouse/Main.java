package dev.wheelhouse;

import dev.wheelhouse.cli.CommandLineErrors;
import dev.wheelhouse.cli.Commands;
import dev.wheelhouse.cli.LogFile;
import dev.wheelhouse.ui.WheelhouseApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's entry point. No arguments open the window; a command runs headless and never
 * loads a JavaFX class, so it works on a machine with no display.
 */
@Command(name = "wheelhouse", mixinStandardHelpOptions = true, version = "Wheelhouse 0.1.0",
        description = "A release console for Python projects that build wheels on GitHub Actions.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        LogFile.install();
        if (args.length == 0) {
            WheelhouseApp.launchWindow(args);
            return;
        }
        // Picocli registers converters for java.sql's date types through reflection; no option
        // here has one, and loading them costs every command line a few milliseconds.
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*");
        System.exit(commandLine(args[0]).execute(args));
    }

    /** The command tree, shared with tests that drive the CLI in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        Commands.all().forEach(cli::addSubcommand);
        return CommandLineErrors.install(cli);
    }

    /**
     * The tree with only the command named first, when there is one: the others' annotations are
     * never read, nor their classes loaded. Anything else (--help, a typo) gets the whole tree.
     */
    static CommandLine commandLine(String first) {
        return Commands.named(first).map(command -> {
            CommandLine cli = new CommandLine(new Main());
            cli.addSubcommand(command);
            // The same one-line errors as the whole tree: without them a usage error printed the usage.
            return CommandLineErrors.install(cli);
        }).orElseGet(Main::commandLine);
    }

    @Override
    public void run() {
        // "wheelhouse" with only options (none given a command): open the window.
        WheelhouseApp.launchWindow(new String[0]);
    }
}
