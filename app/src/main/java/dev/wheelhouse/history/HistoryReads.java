package dev.wheelhouse.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read statements and their row mappings. */
final class HistoryReads {

    private HistoryReads() {
    }

    static List<RunRecord> runs(Connection c, String where, Object... params) throws SQLException {
        List<RunRecord> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT * FROM runs " + where, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new RunRecord(rs.getString("repo"), rs.getString("workflow"), rs.getLong("run_id"),
                        rs.getInt("attempt"), rs.getString("head_branch"), rs.getString("head_sha"),
                        rs.getString("event"), rs.getString("status"), rs.getString("conclusion"),
                        Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "started_at"),
                        Sql.getInstant(rs, "updated_at"), rs.getString("html_url")));
            }
        }
        return List.copyOf(result);
    }

    static List<JobRecord> jobs(Connection c, long runId, int attempt) throws SQLException {
        List<JobRecord> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT * FROM jobs WHERE run_id = ? AND attempt = ? ORDER BY job_id",
                runId, attempt); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new JobRecord(rs.getLong("run_id"), rs.getInt("attempt"), rs.getLong("job_id"),
                        rs.getString("name"), rs.getString("matrix_json"), rs.getString("status"),
                        rs.getString("conclusion"), Sql.getInstant(rs, "started_at"),
                        Sql.getInstant(rs, "completed_at"), rs.getString("runner_os")));
            }
        }
        return List.copyOf(result);
    }

    static List<JobCacheStatsRecord> cacheStats(Connection c, String joinAndWhere, Object... params)
            throws SQLException {
        List<JobCacheStatsRecord> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT s.* FROM job_cache_stats s " + joinAndWhere
                + " ORDER BY s.job_id", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long jobId = rs.getLong("job_id");
                String diagnoses = rs.getString("diagnoses");
                result.add(new JobCacheStatsRecord(jobId, Sql.getLong(rs, "compile_requests"),
                        Sql.getLong(rs, "hits"), Sql.getLong(rs, "misses"), Sql.getLong(rs, "errors"),
                        rs.getString("cache_location_kind"), rs.getString("sccache_version"),
                        diagnoses.isEmpty() ? List.of() : Arrays.asList(diagnoses.split(",")),
                        languages(c, jobId), Sql.getInstant(rs, "recorded_at")));
            }
        }
        return List.copyOf(result);
    }

    private static Map<String, LanguageCounts> languages(Connection c, long jobId) throws SQLException {
        Map<String, LanguageCounts> result = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, "SELECT * FROM job_language_stats WHERE job_id = ? ORDER BY position",
                jobId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString("language"), new LanguageCounts(Sql.getLong(rs, "hits"),
                        Sql.getLong(rs, "misses"), Sql.getLong(rs, "errors")));
            }
        }
        return result;
    }

    static List<TrendPoint> trend(Connection c, String repo, String workflow, boolean byRunnerOs) throws SQLException {
        String os = byRunnerOs ? "j.runner_os" : "NULL";
        String sql = "SELECT r.run_id, r.attempt, r.created_at, " + os + " AS runner_os, COUNT(j.job_id) AS jobs,"
                + " COUNT(s.job_id) AS with_stats, COALESCE(SUM(s.hits), 0) AS hits,"
                + " COALESCE(SUM(s.misses), 0) AS misses,"
                + " AVG(j.completed_at - j.started_at) AS mean_ms, MAX(j.completed_at - j.started_at) AS max_ms"
                + " FROM runs r JOIN jobs j ON j.run_id = r.run_id AND j.attempt = r.attempt"
                + " LEFT JOIN job_cache_stats s ON s.job_id = j.job_id"
                + " WHERE r.repo = ? AND r.workflow = ?"
                + " GROUP BY r.run_id, r.attempt" + (byRunnerOs ? ", j.runner_os" : "")
                + " ORDER BY r.created_at, r.run_id, r.attempt" + (byRunnerOs ? ", j.runner_os" : "");
        List<TrendPoint> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, repo, workflow); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long mean = rs.getObject("mean_ms") == null ? null : Math.round(rs.getDouble("mean_ms"));
                result.add(new TrendPoint(rs.getLong("run_id"), rs.getInt("attempt"), Sql.getInstant(rs, "created_at"),
                        rs.getString("runner_os"), rs.getInt("jobs"), rs.getInt("with_stats"), rs.getLong("hits"),
                        rs.getLong("misses"), Sql.duration(mean), Sql.duration(Sql.getLong(rs, "max_ms"))));
            }
        }
        return List.copyOf(result);
    }

    static List<String> workflows(Connection c, String repo) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT workflow FROM runs WHERE repo = ? GROUP BY workflow"
                + " ORDER BY MAX(created_at) DESC, workflow", repo); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString("workflow"));
            }
        }
        return List.copyOf(result);
    }

    /** Dispatches matching {@code where} (with its parameters), newest first. */
    static List<DispatchRecord> dispatches(Connection c, String where, Object... params) throws SQLException {
        List<DispatchRecord> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT * FROM dispatches " + where
                + " ORDER BY dispatched_at DESC, id DESC", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new DispatchRecord(rs.getString("repo"), rs.getString("workflow"), rs.getString("ref"),
                        rs.getString("inputs_json"), Sql.getLong(rs, "run_id"), Sql.getInstant(rs, "dispatched_at")));
            }
        }
        return List.copyOf(result);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
