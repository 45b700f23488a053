package dev.wheelhouse.workflow.edit;

/** An edit that cannot be made, with a one-line reason for the user (what, and what to do instead). */
public final class EditException extends Exception {

    public EditException(String message) {
        super(message);
    }
}
