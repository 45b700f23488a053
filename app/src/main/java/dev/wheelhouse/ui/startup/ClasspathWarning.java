package dev.wheelhouse.ui.startup;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Drops the one warning JavaFX logs at every start of a jar that carries it on the class path,
 * "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'". Wheelhouse is
 * one self-contained jar on purpose (the installers ship it, {@code java -jar} runs it), so the
 * warning tells the user nothing; written, it opened the log file (a file lock, the redaction
 * patterns) on the launcher thread in the middle of the toolkit's start, at every start (issue
 * 15). Every other JavaFX message is logged as before.
 */
public final class ClasspathWarning {

    /** Held: java.util.logging keeps loggers weakly, and a collected logger loses its filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final String WARNING = "Unsupported JavaFX configuration";

    private ClasspathWarning() {
    }

    /** Call before the toolkit starts. */
    public static void drop() {
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> !(record.getMessage() != null && record.getMessage().startsWith(WARNING))
                && (previous == null || previous.isLoggable(record)));
    }
}
