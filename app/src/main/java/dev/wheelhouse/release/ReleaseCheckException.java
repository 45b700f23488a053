package dev.wheelhouse.release;

/** The check could not be made (the run or its workflow file cannot be read): a message for the user. */
public final class ReleaseCheckException extends RuntimeException {

    public ReleaseCheckException(String message) {
        super(message, null, false, false);
    }
}
