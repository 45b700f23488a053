package dev.wheelhouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/**
 * The one line on standard error a command ends badly with, naming the command in full
 * ({@code wheelhouse release check: …}), as its usage errors do: a script that runs several
 * commands, or a log that keeps their output, tells which one failed.
 */
final class ErrorLine {

    private static final String ROOT = "wheelhouse";

    private ErrorLine() {
    }

    /** Prints {@code message} as {@code command}'s error line (newlines become spaces); returns {@code exitCode}. */
    static int print(CommandSpec command, String message, int exitCode) {
        PrintWriter err = command.commandLine().getErr();
        err.println(of(command.commandLine(), message));
        err.flush();
        return exitCode;
    }

    static String of(CommandLine command, String message) {
        return name(command) + ": " + message.replace('\n', ' ');
    }

    /** The command as typed: {@code wheelhouse release check}, also for a command run without its root (in tests). */
    static String name(CommandLine command) {
        StringBuilder name = new StringBuilder(command.getCommandName());
        CommandLine root = command;
        for (CommandLine parent = command.getParent(); parent != null; parent = parent.getParent()) {
            name.insert(0, parent.getCommandName() + " ");
            root = parent;
        }
        return root.getCommandName().equals(ROOT) ? name.toString() : ROOT + " " + name;
    }
}
