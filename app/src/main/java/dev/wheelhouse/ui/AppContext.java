package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.task.FxTaskExecutor;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;

/** The app-wide services the screens share. */
public final class AppContext implements AutoCloseable {

    private final AppSettings settings;
    private final FxTaskExecutor executor;
    private final ThemeSwitcher theme;
    private final Stage stage;
    private dev.wheelhouse.ui.connection.ConnectionManager connections;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final java.util.Map<Class<?>, Object> parts = new java.util.HashMap<>();

    public AppContext(AppSettings settings, FxTaskExecutor executor, ThemeSwitcher theme, Stage stage) {
        this.settings = settings;
        this.executor = executor;
        this.theme = theme;
        this.stage = stage;
    }

    public AppSettings settings() {
        return settings;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    public ThemeSwitcher theme() {
        return theme;
    }

    public Stage stage() {
        return stage;
    }

    private dev.wheelhouse.history.HistoryStore history;

    /**
     * The local history database, opened on first use. Call from a background task: opening runs
     * migrations.
     */
    public synchronized dev.wheelhouse.history.HistoryStore history() {
        if (history == null) {
            history = dev.wheelhouse.history.HistoryStore.openDefault();
        }
        return history;
    }

    public dev.wheelhouse.ui.connection.ConnectionManager connections() {
        return connections;
    }

    void setConnections(dev.wheelhouse.ui.connection.ConnectionManager connections) {
        this.connections = connections;
        closeOnExit(connections);
    }

    /** Makes a screen or service findable by the others (the editor's model for Push & dispatch). */
    public <T> void register(Class<T> type, T part) {
        parts.put(type, part);
    }

    public <T> T lookup(Class<T> type) {
        return type.cast(parts.get(type));
    }

    /** Registers something to close when the app exits (sandbox server, pollers, database). */
    public void closeOnExit(AutoCloseable closeable) {
        closeables.add(closeable);
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            AutoCloseable closeable = closeables.get(i);
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger("wheelhouse").log(System.Logger.Level.WARNING,
                        "could not close " + closeable + ": " + e.getMessage());
            }
        }
        executor.close();
        // Last: whatever closed above (the run monitor's log workers, background tasks) may still
        // have been writing to it.
        synchronized (this) {
            if (history != null) {
                history.close();
            }
        }
    }
}
