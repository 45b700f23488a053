package dev.wheelhouse.ui;

import dev.wheelhouse.history.HistoryStore;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The history database, opened on first use, that refuses the FX thread: opening runs migrations
 * and every read or write waits on the disk, so the window would freeze. A call from the FX thread
 * is a bug; it fails at once ({@link UiThreadAccess}) instead of freezing the window now and then.
 */
final class LocalHistory implements Supplier<HistoryStore>, AutoCloseable {

    /** The history was used on the FX thread. */
    static final class UiThreadAccess extends IllegalStateException {
        UiThreadAccess() {
            super("The history database was used on the UI thread, which must never wait on the disk");
        }
    }

    private final Path file;
    private HistoryStore store;

    LocalHistory(Path file) {
        this.file = file;
    }

    @Override
    public synchronized HistoryStore get() {
        refuseUiThread();
        if (store == null) {
            store = HistoryStore.open(file);
            store.checkEachCall(LocalHistory::refuseUiThread);
        }
        return store;
    }

    private static void refuseUiThread() {
        if (Platform.isFxApplicationThread()) {
            throw new UiThreadAccess();
        }
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
