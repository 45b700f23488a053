package dev.wheelhouse.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local store of runs, jobs, per-job cache figures and dispatches, kept after GitHub expires
 * the logs: one SQLite file in {@link DataDirectory}.
 *
 * <p>The file runs in WAL mode and every write is one transaction, so killing the app mid-write
 * loses nothing committed and leaves a consistent file (SQLite rolls an unfinished transaction
 * back on the next open: <a href="https://www.sqlite.org/wal.html">sqlite.org/wal.html</a>).
 * {@code synchronous=NORMAL} is enough for that: in WAL mode it only risks the last commits on a
 * power loss or OS crash, not on a process crash. Methods are synchronised; one connection serves
 * every thread.
 */
public final class HistoryStore implements AutoCloseable {

    public static final String FILE_NAME = "history.db";

    private final Connection connection;
    private final Path file;
    private volatile Runnable accessCheck = () -> { };
    private final PendingWrites pending = new PendingWrites(java.time.Clock.systemUTC());

    private HistoryStore(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    // ----- health -----

    /** Whether writes are being saved; when not, why, and how many wait to be tried again. */
    public synchronized HistoryHealth health() {
        return pending.health();
    }

    /**
     * Tells {@code listener} the health now and at every change, on the thread that wrote (keep
     * it short; hand over to the UI thread there). Returns what unsubscribes it.
     */
    public synchronized Runnable subscribeHealth(java.util.function.Consumer<HistoryHealth> listener) {
        return pending.subscribe(listener);
    }

    /**
     * Repeats the writes that failed, in order (each later write also tries them first). A
     * screen's "Try again" or a periodic retry calls this.
     */
    public synchronized HistoryHealth retryPendingWrites() {
        if (!pending.isEmpty()) {
            try {
                replayPending();
                pending.succeeded();
            } catch (SQLException e) {
                pending.failed(HistoryFailures.plainMessage(file, e), Optional.empty());
            }
        }
        return pending.health();
    }

    /** Opens (creating if needed) the history in this platform's data directory. */
    public static HistoryStore openDefault() {
        return open(DataDirectory.standard().resolve(FILE_NAME));
    }

    /** Opens (creating if needed) the history database at {@code file}, bringing its schema up to date. */
    public static HistoryStore open(Path file) {
        return open(file, new Migrations(Migrations.STEPS));
    }

    static HistoryStore open(Path file, Migrations migrations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new HistoryException("Cannot create the folder for the history database " + file + ": "
                    + e.getMessage() + ". Check its permissions or set " + DataDirectory.ENV_OVERRIDE
                    + " to a writable folder.", e);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            migrations.apply(c, file.toString());
            return new HistoryStore(c, file);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new HistoryException("Cannot open the history database " + file + ": " + e.getMessage()
                    + ". If another Wheelhouse is using it, close that one; if the file is damaged, move it"
                    + " aside and Wheelhouse starts a new history.", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code check} before every read and write; a check that throws refuses the call. The
     * window uses it to refuse its UI thread, which must never wait on the disk.
     */
    public void checkEachCall(Runnable check) {
        this.accessCheck = java.util.Objects.requireNonNull(check);
    }

    /** The schema version the file is at. */
    public synchronized int schemaVersion() {
        return query(() -> Migrations.version(connection));
    }

    /** SQLite's own consistency check: {@code "ok"} for a sound file. */
    public synchronized String integrityCheck() {
        return query(() -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                List<String> problems = new ArrayList<>();
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
                return String.join("; ", problems);
            }
        });
    }

    // ----- writes -----

    public synchronized void saveRun(RunRecord run) {
        transaction(() -> HistoryWrites.upsertRun(connection, run));
    }

    /** Saves jobs (creating or updating each) in one transaction; their runs must be saved first. */
    public synchronized void saveJobs(List<JobRecord> jobs) {
        transaction(() -> {
            for (JobRecord job : jobs) {
                HistoryWrites.upsertJob(connection, job);
            }
        });
    }

    /** Replaces a job's cache figures (and its per-language rows) in one transaction. */
    public synchronized void saveCacheStats(JobCacheStatsRecord stats) {
        transaction(() -> HistoryWrites.replaceCacheStats(connection, stats));
    }

    /** A run with its jobs and their cache figures, all or nothing. */
    public synchronized void saveRun(RunRecord run, List<JobRecord> jobs, List<JobCacheStatsRecord> stats) {
        transaction(() -> {
            HistoryWrites.upsertRun(connection, run);
            for (JobRecord job : jobs) {
                HistoryWrites.upsertJob(connection, job);
            }
            for (JobCacheStatsRecord s : stats) {
                HistoryWrites.replaceCacheStats(connection, s);
            }
        });
    }

    /** Records a dispatch; returns its id, for {@link #linkDispatch} once the run is known. */
    public synchronized long saveDispatch(DispatchRecord dispatch) {
        return transaction(() -> HistoryWrites.insertDispatch(connection, dispatch));
    }

    public synchronized void linkDispatch(long dispatchId, long runId) {
        transaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE dispatches SET run_id = ? WHERE id = ?")) {
                ps.setLong(1, runId);
                ps.setLong(2, dispatchId);
                ps.executeUpdate();
            }
        });
    }

    // ----- queries -----

    public synchronized Optional<RunRecord> run(long runId, int attempt) {
        return query(() -> first(HistoryReads.runs(connection, "WHERE run_id = ? AND attempt = ?", runId, attempt)));
    }

    /** The workflow's runs, newest first. */
    public synchronized List<RunRecord> runs(String repo, String workflow, int limit) {
        return query(() -> HistoryReads.runs(connection,
                "WHERE repo = ? AND workflow = ? ORDER BY created_at DESC, run_id DESC, attempt DESC LIMIT ?",
                repo, workflow, limit));
    }

    /**
     * The workflow's run created last before run {@code runId} (its latest attempt): the baseline a
     * run's cache figures are compared with. Run ids grow with time on GitHub, so a run not stored
     * here is placed by its id.
     */
    public synchronized Optional<RunRecord> lastRunBefore(String repo, String workflow, long runId) {
        return query(() -> {
            Optional<RunRecord> given = first(HistoryReads.runs(connection,
                    "WHERE run_id = ? ORDER BY attempt DESC LIMIT 1", runId));
            if (given.isPresent()) {
                return first(HistoryReads.runs(connection, "WHERE repo = ? AND workflow = ? AND run_id <> ?"
                                + " AND (created_at < ? OR (created_at = ? AND run_id < ?))"
                                + " ORDER BY created_at DESC, run_id DESC, attempt DESC LIMIT 1",
                        repo, workflow, runId, given.get().createdAt().toEpochMilli(),
                        given.get().createdAt().toEpochMilli(), runId));
            }
            return first(HistoryReads.runs(connection, "WHERE repo = ? AND workflow = ? AND run_id < ?"
                    + " ORDER BY run_id DESC, attempt DESC LIMIT 1", repo, workflow, runId));
        });
    }

    public synchronized List<JobRecord> jobs(long runId, int attempt) {
        return query(() -> HistoryReads.jobs(connection, runId, attempt));
    }

    public synchronized Optional<JobCacheStatsRecord> cacheStats(long jobId) {
        return query(() -> first(HistoryReads.cacheStats(connection, "WHERE s.job_id = ?", jobId)));
    }

    /** The cache figures of a run attempt's jobs, keyed by job id, in job order. */
    public synchronized Map<Long, JobCacheStatsRecord> cacheStatsOfRun(long runId, int attempt) {
        return query(() -> {
            Map<Long, JobCacheStatsRecord> result = new LinkedHashMap<>();
            for (JobCacheStatsRecord s : HistoryReads.cacheStats(connection,
                    "JOIN jobs j ON j.job_id = s.job_id WHERE j.run_id = ? AND j.attempt = ?", runId, attempt)) {
                result.put(s.jobId(), s);
            }
            return Collections.unmodifiableMap(result);
        });
    }

    /**
     * Hit rate and job durations per run of a workflow, oldest first; with {@code byRunnerOs},
     * one point per run and runner OS.
     */
    public synchronized List<TrendPoint> trend(String repo, String workflow, boolean byRunnerOs) {
        return query(() -> HistoryReads.trend(connection, repo, workflow, byRunnerOs));
    }

    /** The workflows of {@code repo} with runs kept here, the one run most recently first. */
    public synchronized List<String> workflows(String repo) {
        return query(() -> HistoryReads.workflows(connection, repo));
    }

    /** Dispatches of a workflow, newest first. */
    public synchronized List<DispatchRecord> dispatches(String repo, String workflow) {
        return query(() -> HistoryReads.dispatches(connection, "WHERE repo = ? AND workflow = ?", repo, workflow));
    }

    /**
     * The dispatch that started run {@code runId} of {@code repo}, whichever session recorded it
     * (the newest, should two claim the run). A user's dispatches are few, so no index is kept.
     */
    public synchronized Optional<DispatchRecord> dispatchOfRun(String repo, long runId) {
        return query(() -> first(HistoryReads.dispatches(connection, "WHERE repo = ? AND run_id = ?", repo, runId)));
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    // ----- plumbing -----

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    private void transaction(SqlAction action) {
        transaction(() -> {
            action.run();
            return null;
        });
    }

    /**
     * One write in one transaction. Writes that failed before are repeated first; a write that
     * fails is kept to be repeated (see {@link PendingWrites}) and the health says why.
     */
    private <T> T transaction(SqlWork<T> work) {
        accessCheck.run();
        try {
            if (!pending.isEmpty()) {
                replayPending();
            }
            T result = inTransaction(work);
            pending.succeeded();
            return result;
        } catch (SQLException e) {
            if (!HistoryFailures.environmental(e)) {
                // The write itself is wrong (a constraint): trying it again would fail again.
                throw new HistoryException("Could not save to the history database " + file + ": " + e.getMessage()
                        + ". Nothing of this change was saved.", e);
            }
            String message = HistoryFailures.plainMessage(file, e);
            pending.failed(message, Optional.of(() -> work.run()));
            throw new HistoryException(message + " Nothing of this change was saved yet; it is tried again.", e);
        }
    }

    private void replayPending() throws SQLException {
        List<SqlAction> waiting = pending.waiting();
        try {
            inTransaction(() -> {
                for (SqlAction write : waiting) {
                    write.run();
                }
                return null;
            });
        } catch (SQLException e) {
            if (HistoryFailures.environmental(e)) {
                throw e;
            }
            // A kept write that can no longer be made (its data now breaks a constraint) would block every later one.
            System.getLogger("dev.wheelhouse.history").log(System.Logger.Level.WARNING,
                    "dropping " + waiting.size() + " history writes that can no longer be saved: " + e.getMessage());
        }
        pending.replayed();
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private <T> T query(SqlWork<T> work) {
        accessCheck.run();
        try {
            return work.run();
        } catch (SQLException e) {
            throw new HistoryException("Could not read the history database " + file + ": " + e.getMessage()
                    + ".", e);
        }
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing after a failure: the first error is the one worth reporting.
            }
        }
    }
}
