package dev.wheelhouse.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as a list of steps; step {@code i} takes a database from version {@code i} to
 * {@code i + 1}. The version lives in SQLite's {@code PRAGMA user_version}, and each step runs
 * in one transaction together with setting it, so a crash leaves either the old or the new
 * schema. Steps are only ever appended, never edited.
 */
final class Migrations {

    /** Version 1: runs, jobs, per-job cache figures, dispatches. Times are epoch milliseconds. */
    static final List<String> V1 = List.of(
            """
            CREATE TABLE runs (
              run_id INTEGER NOT NULL, attempt INTEGER NOT NULL,
              repo TEXT NOT NULL, workflow TEXT NOT NULL,
              head_branch TEXT, head_sha TEXT, event TEXT, status TEXT, conclusion TEXT,
              created_at INTEGER NOT NULL, started_at INTEGER, updated_at INTEGER, html_url TEXT,
              PRIMARY KEY (run_id, attempt))""",
            "CREATE INDEX runs_by_workflow ON runs (repo, workflow, created_at)",
            """
            CREATE TABLE jobs (
              job_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, attempt INTEGER NOT NULL,
              name TEXT NOT NULL, matrix_json TEXT, status TEXT, conclusion TEXT,
              started_at INTEGER, completed_at INTEGER, runner_os TEXT,
              FOREIGN KEY (run_id, attempt) REFERENCES runs (run_id, attempt) ON DELETE CASCADE)""",
            "CREATE INDEX jobs_by_run ON jobs (run_id, attempt)",
            """
            CREATE TABLE job_cache_stats (
              job_id INTEGER PRIMARY KEY REFERENCES jobs (job_id) ON DELETE CASCADE,
              compile_requests INTEGER, hits INTEGER, misses INTEGER, errors INTEGER,
              cache_location_kind TEXT, sccache_version TEXT, diagnoses TEXT NOT NULL,
              recorded_at INTEGER NOT NULL)""",
            """
            CREATE TABLE job_language_stats (
              job_id INTEGER NOT NULL REFERENCES job_cache_stats (job_id) ON DELETE CASCADE,
              position INTEGER NOT NULL, language TEXT NOT NULL, hits INTEGER, misses INTEGER, errors INTEGER,
              PRIMARY KEY (job_id, language))""",
            """
            CREATE TABLE dispatches (
              id INTEGER PRIMARY KEY AUTOINCREMENT, repo TEXT NOT NULL, workflow TEXT NOT NULL,
              ref TEXT NOT NULL, inputs_json TEXT NOT NULL, run_id INTEGER, dispatched_at INTEGER NOT NULL)""",
            "CREATE INDEX dispatches_by_workflow ON dispatches (repo, workflow, dispatched_at)");

    /**
     * Version 2: why each failed job failed (issue 13): its class code from the stable vocabulary,
     * the step, the key line and what to do. A version-1 file gains the empty table; nothing in
     * it changes.
     */
    static final List<String> V2 = List.of(
            """
            CREATE TABLE job_failures (
              job_id INTEGER PRIMARY KEY REFERENCES jobs (job_id) ON DELETE CASCADE,
              failure_class TEXT NOT NULL, step TEXT, key_line INTEGER, key_text TEXT, source_location TEXT,
              message TEXT, recorded_at INTEGER NOT NULL)""");

    static final List<List<String>> STEPS = List.of(V1, V2);

    private final List<List<String>> steps;

    Migrations(List<List<String>> steps) {
        this.steps = List.copyOf(steps);
    }

    int latest() {
        return steps.size();
    }

    /** Brings the database to the latest version; returns the version it was at. */
    int apply(Connection c, String where) throws SQLException {
        int from = version(c);
        if (from > latest()) {
            throw new HistoryException("The history database " + where + " was written by a newer Wheelhouse"
                    + " (schema " + from + ", this version knows " + latest() + "). Update Wheelhouse, or move"
                    + " the file aside to start a new history.");
        }
        for (int v = from; v < latest(); v++) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : steps.get(v)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        return from;
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
