package dev.wheelhouse.ui;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.launch.LaunchOptions;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the window's start needs before its first frame and what it can begin before the toolkit is
 * up: the launch options and the settings, then the connection (the sandbox or GitHub), all on a
 * thread of their own while JavaFX starts. By the time the window is painted the connection is
 * there or nearly (issue 15); the window picks it up in {@code start()}. The history is not opened
 * here: nothing on screen waits for it, and opening it (SQLite's native library, the schema check)
 * competed with the first frame for the two cores the start was measured on; it opens on the
 * background thread that first records a run.
 */
final class EarlyStart {

    private static final AtomicReference<CompletableFuture<Optional<EarlyStart>>> BEGUN = new AtomicReference<>();

    private final LaunchOptions options;
    private final AppSettings settings;
    private final EarlyConnector connector;
    private final LocalHistory history;

    private EarlyStart(LaunchOptions options) {
        this.options = options;
        this.settings = AppSettings.forUser(options.prefsNode());
        this.connector = EarlyConnector.prepare(Connections.system(options.sandbox()),
                new ConnectionSettings(settings));
        this.history = new LocalHistory(options.dataDir().resolve(HistoryStore.FILE_NAME));
    }

    /**
     * Begins the start from the launching thread, before the toolkit, on a thread of its own: even
     * reading the options and the settings (the preferences' XML) and preparing the connection
     * overlap the toolkit's start. Options it cannot read are left for {@code start()} to report,
     * as without an early start.
     */
    static void begin() {
        CompletableFuture<Optional<EarlyStart>> made = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            EarlyStart early;
            try {
                early = new EarlyStart(LaunchOptions.fromSystem());
            } catch (IllegalArgumentException e) {
                made.complete(Optional.empty());
                return;
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
                return;
            }
            made.complete(Optional.of(early));
            early.connector.run();
        }, "wheelhouse-early-start");
        thread.setDaemon(true);
        BEGUN.set(made);
        thread.start();
    }

    /**
     * The start begun by {@link #begin()}, once, waiting for its options and settings if they are
     * still being read; empty when there was none (the tests give their own options) or its
     * options could not be read.
     */
    static Optional<EarlyStart> take() {
        CompletableFuture<Optional<EarlyStart>> made = BEGUN.getAndSet(null);
        if (made == null) {
            return Optional.empty();
        }
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A start with these options that begins nothing early: the connection is made when the window asks. */
    static EarlyStart prepare(LaunchOptions options) {
        return new EarlyStart(options);
    }

    LaunchOptions options() {
        return options;
    }

    AppSettings settings() {
        return settings;
    }

    EarlyConnector connector() {
        return connector;
    }

    LocalHistory history() {
        return history;
    }
}
