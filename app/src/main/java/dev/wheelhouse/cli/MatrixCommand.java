package dev.wheelhouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wheelhouse matrix …}: read and edit the build matrix of a workflow file. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Show a workflow's matrix jobs as GitHub expands them, or edit a matrix with a minimal diff.")
public final class MatrixCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * The command with its sub-commands; when {@code next} (the word after {@code matrix}) names
     * one of them, that one alone: picocli reads every option of every sub-command it is given,
     * and `matrix show` has no use for edit's ten (issue 15).
     */
    public static CommandLine commandLine(String next) {
        CommandLine matrix = new CommandLine(new MatrixCommand());
        if (!"edit".equals(next)) {
            matrix.addSubcommand(new MatrixShowCommand());
        }
        if (!"show".equals(next)) {
            matrix.addSubcommand(new MatrixEditCommand());
        }
        return matrix;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'matrix show FILE' or 'matrix edit FILE'");
    }
}
