package dev.wheelhouse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wheelhouse matrix …}: read and edit the build matrix of a workflow file. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Show a workflow's matrix jobs as GitHub expands them, or edit a matrix with a minimal diff.",
        subcommands = {MatrixShowCommand.class, MatrixEditCommand.class})
public final class MatrixCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'matrix show FILE' or 'matrix edit FILE'");
    }
}
