package dev.wheelhouse.ui.logs;

import dev.wheelhouse.logs.LogFile;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The log viewer's state, testable without a window: the log loads in the background into a
 * {@link LogFile} (lines readable as they arrive), the line to show ({@link #focusProperty()}),
 * search with next/previous and the match count, the next error, timestamps on or off, save.
 * Reading a line for a visible row is a seek into the file and a cached block: cheap on the FX
 * thread, and never the whole log.
 */
public final class LogViewModel implements AutoCloseable {

    private final TaskExecutor executor;
    private final LogRequest request;
    private final ReadOnlyIntegerWrapper lineCount = new ReadOnlyIntegerWrapper(this, "lineCount");
    private final ReadOnlyIntegerWrapper focus = new ReadOnlyIntegerWrapper(this, "focus", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Opening the log…");
    private final ReadOnlyStringWrapper matches = new ReadOnlyStringWrapper(this, "matches", "");
    private final BooleanProperty timestamps = new SimpleBooleanProperty(this, "timestamps", false);
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Searches are numbered: a result that is no longer the latest is dropped. */
    private final AtomicInteger searches = new AtomicInteger();
    private final java.util.Set<Integer> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ReadOnlyIntegerWrapper rowsRead = new ReadOnlyIntegerWrapper(this, "rowsRead");
    private final ReadOnlyObjectWrapper<LogSections> sections =
            new ReadOnlyObjectWrapper<>(this, "sections", LogSections.NONE);
    private volatile LogFile file;
    private boolean keyShown;

    public LogViewModel(TaskExecutor executor, LogRequest request) {
        this.executor = executor;
        this.request = request;
    }

    /** Starts loading; the key line is focused once it has arrived. */
    public void open() {
        executor.execute(BackgroundTask.of("Opening the log of " + request.title(), () -> {
            LogFile log = LogFile.create();
            file = log;
            try (InputStream in = request.source().call()) {
                log.load(in, n -> executor.runOnUiThread(() -> arrived((int) n, false)), closed::get);
            }
            return log.lineCount();
        }).onSuccess(n -> {
            arrived(n, true);
            findSections(n);
        }).onFailure(e -> status.set("The log could not be read: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))));
    }

    /** The step sections are found once the whole log is in: a section may end anywhere after it starts. */
    private void findSections(int n) {
        LogFile log = file;
        if (log == null || closed.get()) {
            return;
        }
        executor.execute(BackgroundTask.of("Finding the log's steps", () -> LogSections.of(log::line, n, closed::get))
                .onSuccess(found -> {
                    if (!closed.get()) {
                        sections.set(found);
                    }
                })
                // Folding is a convenience: a log whose sections cannot be read is shown unfolded.
                .onFailure(e -> sections.set(LogSections.NONE)));
    }

    /** The log's step sections ({@code ##[group]} … {@code ##[endgroup]}), once found; none until then. */
    public ReadOnlyObjectProperty<LogSections> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    private void arrived(int n, boolean done) {
        if (closed.get()) {
            return;
        }
        lineCount.set(n);
        status.set(String.format("%,d lines%s", n, done ? "" : " · loading…"));
        long key = request.line();
        if (!keyShown && key > 0 && key <= n) {
            keyShown = true;
            focus.set((int) key - 1);
        }
    }

    /** Line {@code index} as shown: timestamps per the toggle, colour codes gone. */
    public String text(int index) {
        return LogLineStyle.text(raw(index), timestamps.get());
    }

    /**
     * Line {@code index} as the log has it (the viewer styles it from this), when its block of
     * lines is in memory; otherwise "" for now, while the block is read in the background
     * ({@link #rowsReadProperty()} says when): the FX thread never reads the file.
     */
    public String raw(int index) {
        LogFile log = file;
        if (log == null || index >= log.lineCount()) {
            return "";
        }
        String line = log.cachedLine(index);
        if (line != null) {
            return line;
        }
        int block = index / LogFile.BLOCK;
        if (pending.add(block)) {
            executor.execute(BackgroundTask.of("Reading log lines", () -> {
                log.readBlockOf(index);
                return block;
            }).onSuccess(b -> {
                pending.remove(b);
                rowsRead.set(rowsRead.get() + 1);
            }).onFailure(e -> pending.remove(block)));
        }
        line = log.cachedLine(index);
        return line == null ? "" : line;
    }

    /** Counts blocks of lines read into memory: the viewer redraws its rows when it moves. */
    public ReadOnlyIntegerProperty rowsReadProperty() {
        return rowsRead.getReadOnlyProperty();
    }

    /** The shown text of lines {@code indexes}, read in the background, handed to {@code done} on the UI thread. */
    public void texts(int[] indexes, java.util.function.Consumer<String> done) {
        LogFile log = file;
        if (log == null || indexes.length == 0) {
            return;
        }
        boolean stamps = timestamps.get();
        executor.execute(BackgroundTask.of("Copying log lines", () -> {
            StringBuilder out = new StringBuilder();
            for (int i : indexes) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(LogLineStyle.text(log.line(i), stamps));
            }
            return out.toString();
        }).onSuccess(done::accept));
    }

    /** 0-based index of the line the viewer opened at (the failure's key line), or -1. */
    public int keyIndex() {
        return request.line() > 0 ? (int) request.line() - 1 : -1;
    }

    /** Finds the next (or previous) line holding {@code query} after {@code from}; focuses it; counts all. */
    public void search(String query, int from, boolean forward) {
        if (query == null || query.isBlank() || file == null) {
            matches.set("");
            return;
        }
        int mine = searches.incrementAndGet();
        LogFile log = file;
        executor.execute(BackgroundTask.of("Searching the log", () -> {
            int at = log.find(query, from, forward, () -> searches.get() != mine || closed.get());
            int count = log.count(query, () -> searches.get() != mine || closed.get());
            return new int[] {at, count};
        }).onSuccess(r -> {
            if (searches.get() != mine) {
                return;
            }
            matches.set(r[1] == 0 ? "no match" : String.format("%,d %s", r[1], r[1] == 1 ? "match" : "matches"));
            if (r[0] >= 0) {
                focus.set(-1);
                focus.set(r[0]);
            }
        }));
    }

    /** Focuses the next error line after {@code from} (a runner's or a tool's), wrapping round. */
    public void nextError(int from) {
        LogFile log = file;
        if (log == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Finding the next error", () -> {
            int n = log.lineCount();
            for (int step = 1; step <= n; step++) {
                int i = Math.floorMod(from + step, n);
                if (LogLineStyle.isError(log.line(i))) {
                    return i;
                }
            }
            return -1;
        }).onSuccess(i -> {
            if (i >= 0) {
                focus.set(-1);
                focus.set(i);
            } else {
                matches.set("no error line");
            }
        }));
    }

    /** Writes the log as downloaded to {@code target}. */
    public void save(Path target) {
        LogFile log = file;
        if (log == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Saving the log", () -> {
            log.saveTo(target);
            return target;
        }).onSuccess(p -> status.set("Saved to " + p)).onFailure(e -> status.set("Not saved: " + e.getMessage())));
    }

    public LogRequest request() {
        return request;
    }

    public ReadOnlyIntegerProperty lineCountProperty() {
        return lineCount.getReadOnlyProperty();
    }

    /** The line to scroll to and select (0-based); changes on open at the key line, search, next error. */
    public ReadOnlyIntegerProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public BooleanProperty timestampsProperty() {
        return timestamps;
    }

    @Override
    public void close() {
        closed.set(true);
        LogFile log = file;
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                // A temporary file the JVM deletes on exit anyway.
            }
        }
    }
}
