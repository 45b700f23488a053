package dev.wheelhouse.cli;

/** Ends a command with an exit code and the one line it prints on standard error. */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CommandFailure usage(String message) {
        return new CommandFailure(2, message);
    }

    int exitCode() {
        return exitCode;
    }
}
