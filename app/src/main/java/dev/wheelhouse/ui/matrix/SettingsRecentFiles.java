package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.common.AppSettings;

import java.nio.file.Path;
import java.util.List;

/** Recent files kept in the user's preferences. */
final class SettingsRecentFiles implements RecentFiles {

    private final AppSettings settings;

    SettingsRecentFiles(AppSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Path> list() {
        return settings.recentFiles();
    }

    @Override
    public void add(Path file) {
        settings.addRecentFile(file);
    }
}
