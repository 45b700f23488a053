package dev.wheelhouse.ui.cache;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.runs.caches.ActionsCaches;
import dev.wheelhouse.runs.caches.CacheStorage;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The Storage section: the repository's Actions cache against its limit, sccache's entries in it,
 * a warning when usage nears the limit (eviction makes the next run cold), and deleting chosen
 * entries. Every call to GitHub runs in a background task; answers for a repository no longer
 * shown are dropped.
 */
public final class StorageViewModel {

    static final String NOT_CONNECTED = "Connect to a repository in Settings to see its Actions cache.";

    /** Where the figures come from: the connection's cache calls, repository and clock (the server's). */
    private record Source(ActionsCaches caches, RepositoryRef repo, Clock clock) {
    }

    /** One refresh's result: the storage and the rows, made off the FX thread. */
    private record Loaded(CacheStorage storage, List<CacheEntryRow> rows, Instant now) {
    }

    /** What a deletion did: entries deleted, entries already gone, bytes freed, and the failure that stopped it. */
    private record Deleted(int deleted, int alreadyGone, long bytes, int asked, Throwable failure) {
    }

    private final TaskExecutor executor;
    private Source source;
    private long generation;
    private List<CacheEntryRow> allRows = List.of();

    private final ReadOnlyObjectWrapper<CacheStorage> storage = new ReadOnlyObjectWrapper<>(this, "storage");
    private final ReadOnlyDoubleWrapper usedFraction = new ReadOnlyDoubleWrapper(this, "usedFraction");
    private final ReadOnlyStringWrapper usage = new ReadOnlyStringWrapper(this, "usage", "");
    private final ReadOnlyStringWrapper sccacheFigures = new ReadOnlyStringWrapper(this, "sccacheFigures", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", NOT_CONNECTED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper deletionFailed = new ReadOnlyBooleanWrapper(this, "deletionFailed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty sccacheOnly = new SimpleBooleanProperty(this, "sccacheOnly", true);
    private final ObservableList<CacheEntryRow> rows = FXCollections.observableArrayList();

    public StorageViewModel(TaskExecutor executor) {
        this.executor = executor;
        sccacheOnly.addListener((obs, old, value) -> showRows());
    }

    /** Shows this repository's cache, read through {@code caches}, ages on the server's {@code clock}. */
    public void connect(ActionsCaches caches, RepositoryRef repo, Clock clock) {
        source = new Source(caches, repo, clock);
        clear("Reading the Actions cache of " + repo.fullName() + "…");
        refresh();
    }

    /** No connection: nothing to show. */
    public void disconnect() {
        source = null;
        clear(NOT_CONNECTED);
    }

    private void clear(String message) {
        generation++;
        storage.set(null);
        allRows = List.of();
        rows.clear();
        usedFraction.set(0);
        usage.set("");
        sccacheFigures.set("");
        warning.set("");
        error.set("");
        status.set("");
        deletionFailed.set(false);
        emptyMessage.set(message);
    }

    /** Reads the usage and every entry again. */
    public void refresh() {
        Source from = source;
        if (from == null) {
            return;
        }
        long asked = generation;
        busy.set(true);
        executor.execute(BackgroundTask.of("Reading the Actions cache", () -> {
            CacheStorage read = from.caches().storage(from.repo());
            Instant now = from.clock().instant();
            return new Loaded(read, read.entries().stream().map(e -> CacheEntryRow.of(e, now)).toList(), now);
        }).onSuccess(loaded -> {
            if (asked == generation) {
                apply(loaded);
            }
        }).onFailure(e -> {
            if (asked == generation) {
                error.set(UserMessages.describe(e));
            }
        }).onFinished(() -> busy.set(false)));
    }

    private void apply(Loaded loaded) {
        CacheStorage s = loaded.storage();
        error.set("");
        storage.set(s);
        allRows = loaded.rows();
        usedFraction.set(Math.min(1, s.usedFraction()));
        usage.set(String.format(Locale.ROOT, "%s of %s used (%.0f %%) · %,d %s", ByteSize.text(s.usedBytes()),
                ByteSize.text(s.limitBytes()), 100 * s.usedFraction(), s.entryCount(),
                s.entryCount() == 1 ? "entry" : "entries")
                + (s.complete() ? "" : String.format(Locale.ROOT, " · the %,d most recently used listed",
                s.entries().size())));
        int count = s.sccacheEntries().size();
        sccacheFigures.set(count == 0 ? "No sccache entries"
                : String.format(Locale.ROOT, "%,d sccache %s · %s", count, count == 1 ? "entry" : "entries",
                ByteSize.text(s.sccacheBytes()))
                + s.oldestSccacheAccess().map(t -> " · oldest used " + TimeAgo.text(t, loaded.now())).orElse(""));
        warning.set(s.nearLimit() ? "The cache holds " + ByteSize.text(s.usedBytes()) + " of its "
                + ByteSize.text(s.limitBytes()) + ". Beyond the limit GitHub evicts the least recently used entries, "
                + "and eviction makes the next run cold. Delete entries no run needs any more (old branches, "
                + "old toolchains)." : "");
        showRows();
    }

    private void showRows() {
        List<CacheEntryRow> shown = sccacheOnly.get() ? allRows.stream().filter(CacheEntryRow::sccache).toList()
                : allRows;
        rows.setAll(shown);
        CacheStorage s = storage.get();
        if (s == null) {
            return;
        }
        if (allRows.isEmpty()) {
            emptyMessage.set("The Actions cache of " + s.repository() + " is empty. Run the workflow: sccache "
                    + "stores its entries as the jobs compile.");
        } else if (shown.isEmpty()) {
            emptyMessage.set("None of the " + allRows.size() + " cache entries is sccache's (their keys do not start "
                    + "with \"sccache\"). Show every entry to see them.");
        } else {
            emptyMessage.set("");
        }
    }

    /** The question the confirmation dialog asks before {@link #delete}. */
    public String deletionQuestion(List<CacheEntryRow> chosen) {
        long bytes = chosen.stream().mapToLong(CacheEntryRow::sizeInBytes).sum();
        String what = chosen.size() == 1 ? "the cache entry " + chosen.get(0).key()
                : chosen.size() + " cache entries";
        return "Delete " + what + " (" + ByteSize.text(bytes) + ")? The next run of the jobs that read "
                + (chosen.size() == 1 ? "it" : "them") + " compiles from scratch (cold). This cannot be undone.";
    }

    /** Deletes the chosen entries (ask first with {@link #deletionQuestion}), then reads the cache again. */
    public void delete(List<CacheEntryRow> chosen) {
        Source from = source;
        if (from == null || chosen.isEmpty()) {
            return;
        }
        List<CacheEntryRow> victims = List.copyOf(chosen);
        long asked = generation;
        busy.set(true);
        status.set("");
        deletionFailed.set(false);
        executor.execute(BackgroundTask.of("Deleting " + victims.size() + " cache entries", () -> {
            int deleted = 0;
            int gone = 0;
            long bytes = 0;
            for (CacheEntryRow row : victims) {
                try {
                    if (from.caches().deleteById(from.repo(), row.id())) {
                        deleted++;
                        bytes += row.sizeInBytes();
                    } else {
                        gone++;
                    }
                } catch (RuntimeException e) {
                    return new Deleted(deleted, gone, bytes, victims.size(), e);
                }
            }
            return new Deleted(deleted, gone, bytes, victims.size(), null);
        }).onSuccess(result -> {
            if (asked != generation) {
                return;
            }
            status.set(describe(result));
            deletionFailed.set(result.failure() != null);
        }).onFailure(e -> {
            status.set(UserMessages.describe(e));
            deletionFailed.set(true);
        }).onFinished(() -> {
            busy.set(false);
            refresh();
        }));
    }

    private static String describe(Deleted d) {
        String line = "Deleted " + d.deleted() + (d.deleted() == 1 ? " entry" : " entries") + " ("
                + ByteSize.text(d.bytes()) + ")";
        if (d.alreadyGone() > 0) {
            line += "; " + d.alreadyGone() + " had already gone (evicted or deleted elsewhere)";
        }
        if (d.failure() != null) {
            return line + "; the other " + (d.asked() - d.deleted() - d.alreadyGone()) + " are still there: "
                    + UserMessages.describe(d.failure());
        }
        return line + ".";
    }

    /** The last reading, null before the first. */
    public ReadOnlyObjectProperty<CacheStorage> storageProperty() {
        return storage.getReadOnlyProperty();
    }

    /** Used over limit, 0 to 1, for the meter. */
    public ReadOnlyDoubleProperty usedFractionProperty() {
        return usedFraction.getReadOnlyProperty();
    }

    /** {@code 7 GB of 10 GB used (70 %) · 20 entries}. */
    public ReadOnlyStringProperty usageProperty() {
        return usage.getReadOnlyProperty();
    }

    /** {@code 20 sccache entries · 7 GB · oldest used 3 h ago}. */
    public ReadOnlyStringProperty sccacheFiguresProperty() {
        return sccacheFigures.getReadOnlyProperty();
    }

    /** Said when usage nears the limit; empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Why the table is empty and what to do; empty when it lists entries. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last deletion did, and why it stopped if it did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last deletion stopped on a failure {@link #statusProperty()} names. */
    public ReadOnlyBooleanProperty deletionFailedProperty() {
        return deletionFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Only sccache's entries in the table (the default), or every entry. */
    public BooleanProperty sccacheOnlyProperty() {
        return sccacheOnly;
    }

    /** The table's rows, most recently used first. */
    public ObservableList<CacheEntryRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}
