package dev.wheelhouse.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of the {@code job_failures} table: one row per failed job, and the per-cell view over recent runs. */
final class FailureRows {

    private FailureRows() {
    }

    static void replace(Connection c, JobFailureRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO job_failures (job_id, failure_class, step, key_line, key_text, source_location, message,
                                          recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (job_id) DO UPDATE SET failure_class = excluded.failure_class, step = excluded.step,
                  key_line = excluded.key_line, key_text = excluded.key_text,
                  source_location = excluded.source_location, message = excluded.message,
                  recorded_at = excluded.recorded_at""")) {
            ps.setLong(1, r.jobId());
            ps.setString(2, r.failureClass());
            ps.setString(3, r.step());
            Sql.setLong(ps, 4, r.keyLine());
            ps.setString(5, r.keyText());
            ps.setString(6, r.sourceLocation());
            ps.setString(7, r.message());
            Sql.setInstant(ps, 8, r.recordedAt());
            ps.executeUpdate();
        }
    }

    static List<JobFailureRecord> ofRun(Connection c, long runId, int attempt) throws SQLException {
        List<JobFailureRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.* FROM job_failures f JOIN jobs j ON j.job_id = f.job_id"
                + " WHERE j.run_id = ? AND j.attempt = ? ORDER BY f.job_id")) {
            ps.setLong(1, runId);
            ps.setInt(2, attempt);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new JobFailureRecord(rs.getLong("job_id"), rs.getString("failure_class"),
                            rs.getString("step"), Sql.getLong(rs, "key_line"), rs.getString("key_text"),
                            rs.getString("source_location"), rs.getString("message"), Sql.getInstant(rs, "recorded_at")));
                }
            }
        }
        return out;
    }

    /**
     * Per job name, over the workflow's last {@code lastRuns} runs (each run's latest attempt kept
     * here): how often it ran, how often it failed, and with what. A failed job whose reason was
     * never read counts as {@code unknown}.
     */
    static List<CellFailures> byCell(Connection c, String repo, String workflow, int lastRuns) throws SQLException {
        String sql = """
                WITH latest AS (
                  SELECT run_id, MAX(attempt) AS attempt FROM runs WHERE repo = ? AND workflow = ?
                  GROUP BY run_id ORDER BY MAX(created_at) DESC, run_id DESC LIMIT ?)
                SELECT j.name, j.conclusion, COALESCE(f.failure_class, 'unknown') AS failure_class
                FROM latest l JOIN jobs j ON j.run_id = l.run_id AND j.attempt = l.attempt
                LEFT JOIN job_failures f ON f.job_id = j.job_id
                WHERE j.conclusion IS NOT NULL AND j.conclusion <> 'skipped'""";
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> classes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, repo);
            ps.setString(2, workflow);
            ps.setInt(3, lastRuns);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    int[] n = counts.computeIfAbsent(name, k -> new int[2]);
                    n[0]++;
                    String conclusion = rs.getString("conclusion");
                    if (!conclusion.equals("success") && !conclusion.equals("neutral")) {
                        n[1]++;
                        classes.computeIfAbsent(name, k -> new LinkedHashMap<>())
                                .merge(rs.getString("failure_class"), 1, Integer::sum);
                    }
                }
            }
        }
        List<CellFailures> out = new ArrayList<>();
        counts.forEach((name, n) -> {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            classes.getOrDefault(name, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.add(new CellFailures(name, n[0], n[1], sorted));
        });
        out.sort(Comparator.comparingInt(CellFailures::failed).reversed().thenComparing(CellFailures::jobName));
        return out;
    }
}
