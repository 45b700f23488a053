package dev.wheelhouse.cli;

import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;
import dev.wheelhouse.workflow.io.LoadedWorkflow;
import dev.wheelhouse.workflow.io.WorkflowDisk;
import dev.wheelhouse.workflow.io.WorkflowFileException;

import java.nio.file.Path;

/** Loads a workflow file for a command, turning every failure into one line for the user. */
final class WorkflowFiles {

    /** A failure the user can fix, with the exit code the command returns. */
    static final class Failure extends Exception {
        private final int exitCode;

        Failure(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private WorkflowFiles() {
    }

    static LoadedWorkflow read(Path file) throws Failure {
        try {
            return WorkflowDisk.read(file);
        } catch (WorkflowFileException e) {
            throw new Failure(e.getMessage(), 2);
        }
    }

    static WorkflowDocument load(Path file) throws Failure {
        return parse(read(file));
    }

    static WorkflowDocument parse(LoadedWorkflow loaded) throws Failure {
        Path file = loaded.path();
        String text = loaded.text();
        try {
            return WorkflowDocument.parse(text);
        } catch (WorkflowParseException e) {
            throw new Failure(file + ": " + e.userMessage(), 2);
        }
    }
}
