package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.WheelPlan;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixEntries;
import dev.wheelhouse.workflow.MatrixEntry;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.Problem;
import dev.wheelhouse.workflow.grid.ValueText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a job's matrix report into the rows the editor's lists show. Pure: no JavaFX. */
final class ReportRows {

    private ReportRows() {
    }

    static List<JobRow> jobs(JobMatrixReport report, List<WheelPlan> wheels) {
        List<JobRow> rows = new ArrayList<>();
        List<MatrixCombination> jobs = report.expansion().jobs();
        for (int i = 0; i < jobs.size(); i++) {
            MatrixCombination job = jobs.get(i);
            String name = i < report.names().size() ? report.names().get(i) : report.job().id();
            WheelPlan plan = i < wheels.size() ? wheels.get(i) : null;
            String wheelText = plan == null ? "" : plan.summary();
            int wheelCount = plan != null && plan.outcome() == WheelPlan.Outcome.KNOWN ? plan.wheels().size() : -1;
            Map<String, Object> extras = new LinkedHashMap<>(job.values());
            job.vectorValues().keySet().forEach(extras::remove);
            String extraText = job.origin() == MatrixCombination.Origin.INCLUDE || extras.isEmpty() ? "" : values(extras);
            rows.add(new JobRow(i + 1, name, values(job.values()), wheelText, wheelCount, extraText,
                    job.origin() == MatrixCombination.Origin.INCLUDE));
        }
        return rows;
    }

    static String values(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "(no matrix)";
        }
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(key).append('=').append(ValueText.of(value));
        });
        return out.toString();
    }

    static List<ProblemRow> problems(List<Problem> problems) {
        return problems.stream().map(p -> new ProblemRow(p.isError(), p.line(), p.column(), p.message())).toList();
    }

    /** "20 jobs", and what the number depends on when it is not simply that. */
    static String count(MatrixExpansion expansion) {
        if (expansion.dynamic()) {
            return "Computed at run time" + expansion.dynamicReason().map(r -> ": " + r).orElse("");
        }
        if (expansion.hasErrors()) {
            return "No jobs: GitHub refuses this matrix";
        }
        int count = expansion.count().orElse(expansion.jobs().size());
        String text = count + (count == 1 ? " job" : " jobs");
        return expansion.dependsOnEvent() ? text + " for a push to a branch (the count depends on the event)" : text;
    }

    static List<EntryRow> entries(MatrixSpec spec, EntryRow.Kind kind, MatrixExpansion expansion) {
        Optional<MatrixEntries> list = kind == EntryRow.Kind.INCLUDE ? spec.include() : spec.exclude();
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().dynamic() && list.get().entries().isEmpty()) {
            String text = list.get().expression().orElse("${{ … }}");
            return List.of(new EntryRow(kind, 0, Map.of(), List.of(), -1, true, text));
        }
        List<String> vectors = spec.vectorNames();
        List<EntryRow> rows = new ArrayList<>();
        for (MatrixEntry entry : list.get().entries()) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> extras = new ArrayList<>();
            entry.values().forEach((key, value) -> {
                values.put(key, ValueText.of(value));
                if (vectors.stream().noneMatch(v -> v.equalsIgnoreCase(key))) {
                    extras.add(key);
                }
            });
            int matches = kind == EntryRow.Kind.INCLUDE ? includeMatches(expansion, entry.index())
                    : excludeMatches(expansion, entry.index());
            rows.add(new EntryRow(kind, entry.index(), values, extras, matches, entry.dynamic(),
                    entry.expression().orElse("")));
        }
        return rows;
    }

    static List<VectorRow> vectors(MatrixSpec spec) {
        return spec.vectors().stream()
                .map(v -> new VectorRow(v.name(), v.values().stream()
                        .map(value -> value.expression().orElse(ValueText.of(value.value()))).toList(),
                        v.dynamic(), v.expression().orElse("")))
                .toList();
    }

    /** Jobs an include entry touches: the ones it merged into, or the one it added. */
    private static int includeMatches(MatrixExpansion expansion, int index) {
        return (int) expansion.jobs().stream()
                .filter(job -> job.includeIndex() == index || job.mergedIncludes().contains(index))
                .count();
    }

    private static int excludeMatches(MatrixExpansion expansion, int index) {
        return (int) expansion.excluded().stream().filter(e -> e.excludeIndexes().contains(index)).count();
    }
}
