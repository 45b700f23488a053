package dev.wheelhouse.failures;

import java.util.Objects;

/**
 * Why a job failed, once classified.
 *
 * @param failureClass   the class, from the stable vocabulary
 * @param step           the step it failed in, null when unknown
 * @param line           the key line's 1-based number in the log as given, 0 when the reason comes
 *                       from an annotation alone
 * @param text           that line without timestamp or colour codes (or the annotation's message)
 * @param context        the lines around it
 * @param sourceLocation the compiler's file:line, null when there is none
 * @param message        one plain sentence with the next step
 * @param symptom        which known output it matched (for tests and tuning; not shown)
 */
public record Failure(FailureClass failureClass, String step, long line, String text, LogExcerpt context,
                      SourceLocation sourceLocation, String message, String symptom) {

    public Failure {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line numbers start at 1 (0: none)");
        }
    }

    public boolean hasLine() {
        return line > 0;
    }
}
