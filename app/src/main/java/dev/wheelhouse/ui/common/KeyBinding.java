package dev.wheelhouse.ui.common;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the app, in one table (shortcut = Ctrl, or Cmd on macOS). */
public enum KeyBinding {
    OPEN("Open workflow…", "shortcut+O"),
    OPEN_FOLDER("Open repository folder…", "shortcut+shift+O"),
    OPEN_FROM_GITHUB("Open from GitHub…", "shortcut+G"),
    SAVE("Save", "shortcut+S"),
    SAVE_AS("Save as…", "shortcut+shift+S"),
    RELOAD("Reload from disk", "F5"),
    UNDO("Undo", "shortcut+Z"),
    REDO("Redo", "shortcut+shift+Z"),
    SHOW_MATRIX("Matrix editor", "shortcut+1"),
    SHOW_RUNS("Runs", "shortcut+2"),
    SHOW_CACHE("Cache", "shortcut+3"),
    SHOW_SETTINGS("Settings", "shortcut+COMMA"),
    TOGGLE_THEME("Light/dark theme", "shortcut+shift+L"),
    PUSH_AND_DISPATCH("Push & dispatch…", "shortcut+shift+D"),
    REFRESH("Refresh", "shortcut+R");

    private final String label;
    private final KeyCombination combination;

    KeyBinding(String label, String combination) {
        this.label = label;
        this.combination = KeyCombination.valueOf(combination);
    }

    public String label() {
        return label;
    }

    public KeyCombination combination() {
        return combination;
    }
}
