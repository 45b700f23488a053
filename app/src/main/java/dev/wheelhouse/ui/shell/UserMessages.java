package dev.wheelhouse.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns an exception into a sentence for the user. Domain exceptions already carry messages
 * written for people; this only unwraps and fills in for the JDK's terse ones.
 */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof NoSuchFileException e) {
            return "The file " + e.getFile() + " does not exist (any more). Choose another file.";
        }
        if (cause instanceof AccessDeniedException e) {
            return "Wheelhouse may not read or write " + e.getFile() + ". Check the file's permissions.";
        }
        if (cause instanceof ConnectException) {
            return "Could not connect to the server. Check the network and the API address in Settings.";
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return "Unexpected " + cause.getClass().getSimpleName() + ". Details are below.";
        }
        return message;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof UncheckedIOException || current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.util.concurrent.CompletionException
                || (current instanceof RuntimeException && current.getClass() == RuntimeException.class
                    && current.getCause() instanceof IOException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
