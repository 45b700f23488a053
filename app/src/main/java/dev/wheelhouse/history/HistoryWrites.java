package dev.wheelhouse.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** The write statements; callers hold the transaction. */
final class HistoryWrites {

    private HistoryWrites() {
    }

    /**
     * A row keyed by (run id, attempt) holds one run. When the id now names another run (another
     * repository, or a run created at another time: a sandbox session before ids were seeded
     * from the clock, a server that reuses ids), the old run's row and its jobs and figures are
     * removed first, so nothing of it shows under the new run.
     */
    static void upsertRun(Connection c, RunRecord r) throws SQLException {
        try (PreparedStatement stale = c.prepareStatement("""
                DELETE FROM runs WHERE run_id = ? AND (repo <> ? OR created_at <> ?)""")) {
            stale.setLong(1, r.runId());
            stale.setString(2, r.repo());
            Sql.setInstant(stale, 3, r.createdAt());
            stale.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO runs (run_id, attempt, repo, workflow, head_branch, head_sha, event, status, conclusion,
                                  created_at, started_at, updated_at, html_url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, attempt) DO UPDATE SET
                  repo = excluded.repo, workflow = excluded.workflow, head_branch = excluded.head_branch,
                  head_sha = excluded.head_sha, event = excluded.event, status = excluded.status,
                  conclusion = excluded.conclusion, created_at = excluded.created_at,
                  started_at = excluded.started_at, updated_at = excluded.updated_at, html_url = excluded.html_url
                """)) {
            ps.setLong(1, r.runId());
            ps.setInt(2, r.attempt());
            ps.setString(3, r.repo());
            ps.setString(4, r.workflow());
            ps.setString(5, r.headBranch());
            ps.setString(6, r.headSha());
            ps.setString(7, r.event());
            ps.setString(8, r.status());
            ps.setString(9, r.conclusion());
            Sql.setInstant(ps, 10, r.createdAt());
            Sql.setInstant(ps, 11, r.startedAt());
            Sql.setInstant(ps, 12, r.updatedAt());
            ps.setString(13, r.htmlUrl());
            ps.executeUpdate();
        }
    }

    /**
     * A job id that now belongs to another run (or attempt) loses the figures it had there: the
     * cache figures of one run never stay on a job row of another.
     */
    static void upsertJob(Connection c, JobRecord j) throws SQLException {
        try (PreparedStatement stale = c.prepareStatement("""
                DELETE FROM job_cache_stats WHERE job_id IN
                  (SELECT job_id FROM jobs WHERE job_id = ? AND (run_id <> ? OR attempt <> ?))""")) {
            stale.setLong(1, j.jobId());
            stale.setLong(2, j.runId());
            stale.setInt(3, j.attempt());
            stale.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO jobs (job_id, run_id, attempt, name, matrix_json, status, conclusion, started_at,
                                  completed_at, runner_os)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (job_id) DO UPDATE SET
                  run_id = excluded.run_id, attempt = excluded.attempt, name = excluded.name,
                  matrix_json = excluded.matrix_json, status = excluded.status, conclusion = excluded.conclusion,
                  started_at = excluded.started_at, completed_at = excluded.completed_at,
                  runner_os = excluded.runner_os
                """)) {
            ps.setLong(1, j.jobId());
            ps.setLong(2, j.runId());
            ps.setInt(3, j.attempt());
            ps.setString(4, j.name());
            ps.setString(5, j.matrixJson());
            ps.setString(6, j.status());
            ps.setString(7, j.conclusion());
            Sql.setInstant(ps, 8, j.startedAt());
            Sql.setInstant(ps, 9, j.completedAt());
            ps.setString(10, j.runnerOs());
            ps.executeUpdate();
        }
    }

    static void replaceCacheStats(Connection c, JobCacheStatsRecord s) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM job_cache_stats WHERE job_id = ?")) {
            delete.setLong(1, s.jobId());
            delete.executeUpdate();   // cascades to job_language_stats
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO job_cache_stats (job_id, compile_requests, hits, misses, errors, cache_location_kind,
                                             sccache_version, diagnoses, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            ps.setLong(1, s.jobId());
            Sql.setLong(ps, 2, s.compileRequests());
            Sql.setLong(ps, 3, s.hits());
            Sql.setLong(ps, 4, s.misses());
            Sql.setLong(ps, 5, s.errors());
            ps.setString(6, s.cacheLocationKind());
            ps.setString(7, s.sccacheVersion());
            ps.setString(8, String.join(",", s.diagnoses()));
            Sql.setInstant(ps, 9, s.recordedAt());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO job_language_stats (job_id, position, language, hits, misses, errors)
                VALUES (?, ?, ?, ?, ?, ?)
                """)) {
            int position = 0;
            for (Map.Entry<String, LanguageCounts> e : s.languages().entrySet()) {
                ps.setLong(1, s.jobId());
                ps.setInt(2, position++);
                ps.setString(3, e.getKey());
                Sql.setLong(ps, 4, e.getValue().hits());
                Sql.setLong(ps, 5, e.getValue().misses());
                Sql.setLong(ps, 6, e.getValue().errors());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static long insertDispatch(Connection c, DispatchRecord d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dispatches (repo, workflow, ref, inputs_json, run_id, dispatched_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """)) {
            ps.setString(1, d.repo());
            ps.setString(2, d.workflow());
            ps.setString(3, d.ref());
            ps.setString(4, d.inputsJson());
            Sql.setLong(ps, 5, d.runId());
            Sql.setInstant(ps, 6, d.dispatchedAt());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
