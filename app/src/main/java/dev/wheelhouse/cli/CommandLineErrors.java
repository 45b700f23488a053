package dev.wheelhouse.cli;

import dev.wheelhouse.github.Redaction;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Every way a command can end badly, as one line on stderr: a wrong command line (picocli would
 * print the message and the whole usage help), an exception a command let escape (picocli would
 * print its stack trace), and an {@link Error} such as a stack overflow (the JVM would print
 * a thousand lines). The details go to the log file.
 */
public final class CommandLineErrors {

    private CommandLineErrors() {
    }

    /** Installs the handlers on a command tree; returns it. */
    public static CommandLine install(CommandLine cli) {
        OneLine handlers = new OneLine();
        cli.setParameterExceptionHandler(handlers);
        cli.setExecutionExceptionHandler(handlers);
        cli.setExecutionStrategy(handlers);
        return cli;
    }

    /**
     * The three handlers as a named class rather than lambdas: picocli's classes are Java 5 class
     * files, which the class-data archive keeps only when nothing links them while it is made, and
     * making the archive's copy of a lambda for a picocli interface links that interface (and with
     * it {@code RunLast}, loaded from the jar and verified on every start).
     */
    private static final class OneLine implements IParameterExceptionHandler, IExecutionExceptionHandler,
            IExecutionStrategy {
        private final IExecutionStrategy last = new CommandLine.RunLast();

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            return usage(e, args);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            return unexpected(e, commandLine);
        }

        @Override
        public int execute(ParseResult parseResult) {
            return runCatchingErrors(last, parseResult);
        }
    }

    private static int usage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String message = e.getMessage() == null ? "invalid arguments" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
        PrintWriter err = command.getErr();
        String name = ErrorLine.name(command);
        err.println(name + ": " + message + ". See '" + name + " --help'.");
        err.flush();
        return 2;
    }

    private static int runCatchingErrors(IExecutionStrategy strategy, ParseResult parseResult) {
        try {
            return strategy.execute(parseResult);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return unexpected(e, parseResult.commandSpec().commandLine());
        }
    }

    private static int unexpected(Throwable e, CommandLine command) {
        // The logger is asked for here, not held: getting one starts java.util.logging, which a
        // command that ends well never needs.
        System.getLogger("dev.wheelhouse.cli").log(System.Logger.Level.ERROR, "command failed: " + ErrorLine.name(command), e);
        String what = e instanceof StackOverflowError ? "the input is nested too deeply to process"
                : e instanceof OutOfMemoryError ? "the input is too large for the memory available"
                : "an unexpected failure (" + e.getClass().getSimpleName() + ")";
        PrintWriter err = command.getErr();
        err.println(ErrorLine.name(command) + ": " + Redaction.text(what) + "; nothing was changed. Details are in " + LogFile.where() + ".");
        err.flush();
        return 1;
    }
}
