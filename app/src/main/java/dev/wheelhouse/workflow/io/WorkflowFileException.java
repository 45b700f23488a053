package dev.wheelhouse.workflow.io;

/** A workflow file could not be read or written; the message says why and what to do. */
public class WorkflowFileException extends Exception {

    public WorkflowFileException(String message) {
        super(message);
    }

    public WorkflowFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
