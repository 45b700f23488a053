package dev.wheelhouse.failures;

import java.util.Objects;

/**
 * One check-run annotation of a job, as far as a failure reason needs it: GitHub's own messages
 * (a time limit, a lost runner) and problem matchers' errors with a file and line.
 *
 * @param level   {@code failure}, {@code warning} or {@code notice}
 * @param path    the file it points at; {@code .github} for workflow commands without a file
 * @param line    its line in that file
 * @param title   may be null
 */
public record Annotation(String level, String path, int line, String title, String message) {

    public Annotation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    boolean failure() {
        return level.equals("failure");
    }

    /** Points into the project's source (a problem matcher's error), not at the workflow. */
    boolean pointsAtSource() {
        return path != null && !path.isBlank() && !path.equals(".github") && line > 0;
    }
}
