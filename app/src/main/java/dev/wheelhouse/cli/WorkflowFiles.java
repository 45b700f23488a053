package dev.wheelhouse.cli;

import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowFile;
import dev.wheelhouse.workflow.WorkflowParseException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
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

    static WorkflowFile read(Path file) throws Failure {
        try {
            return WorkflowFile.load(file);
        } catch (NoSuchFileException e) {
            throw new Failure("No such file: " + file + ". Check the path.", 2);
        } catch (CharacterCodingException e) {
            throw new Failure(file + " is not UTF-8 text; GitHub reads workflows as UTF-8. Convert the file and try again.", 2);
        } catch (IOException e) {
            throw new Failure("Cannot read " + file + ": " + e.getMessage() + ". Check that it is a readable file.", 2);
        }
    }

    static WorkflowDocument load(Path file) throws Failure {
        return parse(read(file));
    }

    static WorkflowDocument parse(WorkflowFile loaded) throws Failure {
        Path file = loaded.path();
        String text = loaded.text();
        try {
            return WorkflowDocument.parse(text);
        } catch (WorkflowParseException e) {
            throw new Failure(file + ": " + e.userMessage(), 2);
        }
    }
}
