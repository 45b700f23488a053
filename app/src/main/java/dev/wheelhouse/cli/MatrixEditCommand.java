package dev.wheelhouse.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder replaced in the edit step. */
@Command(name = "edit", description = "Edit a matrix (not yet available).")
final class MatrixEditCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
