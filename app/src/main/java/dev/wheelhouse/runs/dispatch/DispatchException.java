package dev.wheelhouse.runs.dispatch;

/** A dispatch that did not happen or whose run could not be found, with a message for the user. */
public class DispatchException extends RuntimeException {

    public DispatchException(String message) {
        super(message, null, false, false);
    }

    public DispatchException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    public String userMessage() {
        return getMessage();
    }
}
