package dev.wheelhouse.ui.launch;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the window has somewhere to open, asked before anything starts: on Linux JavaFX draws
 * through GTK on an X display, and a session without one (ssh, a container, a CI runner) made the
 * toolkit throw from deep inside its start. The user gets one line saying so, and what works
 * instead.
 */
public final class WindowDisplay {

    static final String COMMANDS_INSTEAD = "Run it in a desktop session (or over ssh -X), or use a command: "
            + "'wheelhouse --help' lists them.";

    private WindowDisplay() {
    }

    /** Why the window cannot open on this system; empty when it may (the toolkit may still refuse). */
    public static Optional<String> missing() {
        return missing(System.getProperty("os.name", ""), System.getenv());
    }

    static Optional<String> missing(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("no display to open the window on: DISPLAY is not set. " + COMMANDS_INSTEAD);
        }
        return Optional.empty();
    }

    /** The line for a toolkit that failed to start, from what it threw. */
    public static String toolkitFailed(Throwable failure) {
        return toolkitFailed(failure, System.getenv());
    }

    static String toolkitFailed(Throwable failure, Map<String, String> env) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (message.contains("DISPLAY")) {
            return "cannot open the display '" + shown(env.getOrDefault("DISPLAY", "")) + "' for the window. "
                    + COMMANDS_INSTEAD;
        }
        return "the window could not start (" + failure.getClass().getSimpleName()
                + (message.isBlank() ? "" : ": " + firstLine(message)) + "). " + COMMANDS_INSTEAD;
    }

    /** The variable as one short line: its control characters escaped, cut at 80 characters. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 80 ? out + "…" : out.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
