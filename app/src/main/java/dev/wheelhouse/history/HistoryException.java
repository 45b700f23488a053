package dev.wheelhouse.history;

/** The history database could not be used; the message is written for the user. */
public class HistoryException extends RuntimeException {

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryException(String message) {
        super(message);
    }
}
