package dev.wheelhouse.cibw;

/** A {@code pyproject.toml} (or cibuildwheel config file) that cannot be read; the message is one line for the user. */
public final class PyprojectException extends Exception {

    private static final long serialVersionUID = 1L;

    public PyprojectException(String message) {
        super(message);
    }
}
