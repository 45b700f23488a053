package dev.wheelhouse.ui.startup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The class-path warning JavaFX logs at every start is dropped; its other messages are not. */
class ClasspathWarningTest {

    private final Logger javafx = Logger.getLogger("javafx");
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void detach() {
        javafx.removeHandler(capture);
        javafx.setFilter(null);
    }

    @Test
    void onlyTheClasspathWarningIsDropped() {
        javafx.addHandler(capture);
        ClasspathWarning.drop();
        System.getLogger("javafx").log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @c7cb3db'");
        System.getLogger("javafx").log(System.Logger.Level.WARNING, "Loading FXML document with JavaFX API of version 22");
        javafx.log(Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
        assertEquals(List.of("Loading FXML document with JavaFX API of version 22"), logged);
    }
}
