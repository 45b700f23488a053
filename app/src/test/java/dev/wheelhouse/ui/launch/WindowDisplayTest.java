package dev.wheelhouse.ui.launch;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowDisplayTest {

    @Test
    void linuxWithoutADisplayIsToldSoAndWhatWorksInstead() {
        Optional<String> missing = WindowDisplay.missing("Linux", Map.of("HOME", "/home/u"));

        assertTrue(missing.isPresent());
        assertTrue(missing.get().contains("DISPLAY is not set"), missing.get());
        assertTrue(missing.get().contains("wheelhouse --help"), missing.get());
    }

    @Test
    void aBlankDisplayIsNoDisplay() {
        assertTrue(WindowDisplay.missing("Linux", Map.of("DISPLAY", " ")).isPresent());
    }

    @Test
    void linuxWithADisplayMayOpen() {
        assertEquals(Optional.empty(), WindowDisplay.missing("Linux", Map.of("DISPLAY", ":0")));
    }

    @Test
    void macOsAndWindowsNeedNoDisplayVariable() {
        assertEquals(Optional.empty(), WindowDisplay.missing("Mac OS X", Map.of()));
        assertEquals(Optional.empty(), WindowDisplay.missing("Windows 11", Map.of()));
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamed() {
        String line = WindowDisplay.toolkitFailed(new UnsupportedOperationException("Unable to open DISPLAY"),
                Map.of("DISPLAY", ":99"));

        assertTrue(line.startsWith("cannot open the display ':99'"), line);
        assertTrue(line.contains("wheelhouse --help"), line);
    }

    @Test
    void aHostileDisplayValueStaysOneShortLine() {
        String line = WindowDisplay.toolkitFailed(new UnsupportedOperationException("Unable to open DISPLAY"),
                Map.of("DISPLAY", ":0\nrm -rf ~\u001b[2J" + "x".repeat(10_000)));

        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("cannot open the display ':0\\x0arm -rf ~\\x1b[2J"), line);
        assertTrue(line.length() < 300, line);
    }

    @Test
    void anyOtherToolkitFailureGivesItsKindAndFirstLine() {
        String line = WindowDisplay.toolkitFailed(new RuntimeException("Graphics Device initialization failed\nfor: es2, sw"),
                Map.of("DISPLAY", ":0"));

        assertTrue(line.startsWith("the window could not start (RuntimeException: Graphics Device initialization failed)"),
                line);
        assertEquals(1, line.lines().count(), line);
    }
}
