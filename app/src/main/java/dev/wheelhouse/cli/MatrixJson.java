package dev.wheelhouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixEntries;
import dev.wheelhouse.workflow.MatrixEntry;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.Problem;
import dev.wheelhouse.workflow.WorkflowJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable JSON of {@code matrix show --json}: values keep GitHub's types (numbers stay JSON
 * numbers, whole numbers without a fraction); a dynamic job has {@code "dynamic": true} and a
 * null count; an event-dependent job adds {@code "depends_on_event": true} and a note.
 */
final class MatrixJson {

    static final String EVENT_NOTE = "The job count depends on the event; shown for a push to a branch.";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MatrixJson() {
    }

    static String render(String file, Optional<String> workflowName, List<JobMatrixReport> reports,
                         List<Problem> fileProblems) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("name", workflowName.orElse(null));
        List<Object> jobs = new ArrayList<>();
        for (JobMatrixReport r : reports) {
            jobs.add(job(r));
        }
        root.put("jobs", jobs);
        root.put("problems", problems(fileProblems));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("matrix JSON could not be written", e);
        }
    }

    private static Map<String, Object> job(JobMatrixReport r) {
        WorkflowJob job = r.job();
        MatrixExpansion x = r.expansion();
        Optional<MatrixSpec> spec = job.matrix();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("name_template", job.name());
        out.put("dynamic", x.dynamic());
        out.put("depends_on_event", x.dependsOnEvent());
        if (x.dynamic()) {
            out.put("note", "The matrix is " + x.dynamicReason().orElse("computed at run time")
                    + "; the job count is known only when the workflow runs.");
        } else if (x.dependsOnEvent()) {
            out.put("note", EVENT_NOTE);
        }
        out.put("vectors", spec.map(MatrixJson::vectors).orElse(Map.of()));
        out.put("include", spec.flatMap(MatrixSpec::include).map(MatrixJson::entries).orElse(List.of()));
        out.put("exclude", spec.flatMap(MatrixSpec::exclude).map(MatrixJson::entries).orElse(List.of()));
        List<Object> combinations = new ArrayList<>();
        for (MatrixCombination c : x.jobs()) {
            combinations.add(c.origin() == MatrixCombination.Origin.NO_MATRIX ? null : json(c.values()));
        }
        out.put("combinations", combinations);
        out.put("names", r.names());
        out.put("count", x.count().isPresent() ? x.count().getAsInt() : null);
        out.put("problems", problems(r.problems()));
        spec.ifPresent(s -> {
            if (s.aliased() || !s.sharedWith().isEmpty()) {
                out.put("anchor", s.anchor().orElse(null));
                out.put("shared_with", s.sharedWith());
            }
        });
        out.put("needs", job.needs());
        out.put("if", job.ifCondition());
        out.put("uses", job.uses());
        return out;
    }

    private static Object vectors(MatrixSpec spec) {
        if (spec.expression().isPresent()) {
            return spec.expression().get();
        }
        Map<String, Object> vectors = new LinkedHashMap<>();
        for (MatrixVector v : spec.vectors()) {
            vectors.put(v.name(), v.expression().isPresent() ? v.expression().get() : json(v.data()));
        }
        return vectors;
    }

    private static Object entries(MatrixEntries list) {
        if (list.expression().isPresent()) {
            return list.expression().get();
        }
        List<Object> out = new ArrayList<>();
        for (MatrixEntry e : list.entries()) {
            out.add(json(e.values()));
        }
        return out;
    }

    private static List<Object> problems(List<Problem> problems) {
        List<Object> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", p.severity().word());
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("message", p.message());
            out.add(m);
        }
        return out;
    }

    /** Expression data to JSON-ready values: whole Doubles become longs so 10 prints as 10. */
    static Object json(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return dev.wheelhouse.workflow.expr.ExpressionValues.formatNumber(d);
            }
            if (d == Math.floor(d) && Math.abs(d) < 9.007199254740992E15) {
                return d.longValue();
            }
            return d;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), json(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(json(v)));
            return out;
        }
        return value;
    }
}
