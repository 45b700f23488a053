package dev.wheelhouse.cli;

import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.Problem;
import dev.wheelhouse.workflow.expr.ExpressionValues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The readable form of {@code matrix show}: per job, a count line and one row per job. */
final class MatrixTable {

    /** Structured values (numpy's buildplat lists, orjson's objects) are cut to keep rows readable. */
    private static final int MAX_CELL = 48;

    private MatrixTable() {
    }

    static String render(String file, List<JobMatrixReport> reports, List<Problem> fileProblems) {
        StringBuilder out = new StringBuilder();
        out.append(file).append('\n');
        if (reports.isEmpty()) {
            out.append("  no job has a strategy.matrix\n");
        }
        for (JobMatrixReport r : reports) {
            out.append('\n');
            job(out, r);
        }
        for (Problem p : fileProblems) {
            out.append("  ").append(p).append('\n');
        }
        return out.toString();
    }

    private static void job(StringBuilder out, JobMatrixReport r) {
        MatrixExpansion x = r.expansion();
        out.append(r.job().id()).append(": ");
        if (x.dynamic()) {
            out.append("dynamic (").append(x.dynamicReason().orElse("computed at run time")).append(")\n");
        } else {
            int n = x.jobs().size();
            out.append(n).append(n == 1 ? " job" : " jobs");
            if (x.dependsOnEvent()) {
                out.append(" for a push to a branch (the count depends on the event)");
            }
            if (!x.excluded().isEmpty()) {
                out.append(", ").append(x.excluded().size()).append(" excluded");
            }
            out.append('\n');
            if (!x.hasErrors()) {
                rows(out, r);
            }
        }
        for (Problem p : r.problems()) {
            out.append("  ").append(p).append('\n');
        }
    }

    private static void rows(StringBuilder out, JobMatrixReport r) {
        Set<String> keys = new LinkedHashSet<>();
        r.expansion().jobs().forEach(c -> keys.addAll(c.values().keySet()));
        List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(keys);
        header.add("name");
        List<List<String>> rows = new ArrayList<>();
        List<MatrixCombination> jobs = r.expansion().jobs();
        for (int i = 0; i < jobs.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(i + 1));
            for (String k : keys) {
                Map<String, Object> values = jobs.get(i).values();
                row.add(values.containsKey(k) ? cell(values.get(k)) : "");
            }
            row.add(i < r.names().size() ? r.names().get(i) : "");
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        line(out, header, widths);
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            line.append(cells.get(c));
            if (c + 1 < cells.size()) {
                line.append(" ".repeat(widths[c] - cells.get(c).length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s.isEmpty() ? "''" : s;
        }
        if (value instanceof Double d) {
            return ExpressionValues.formatNumber(d);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        String compact = dev.wheelhouse.workflow.edit.ValueLiteral.of(value).text();
        return compact.length() > MAX_CELL ? compact.substring(0, MAX_CELL - 3) + "..." : compact;
    }
}
