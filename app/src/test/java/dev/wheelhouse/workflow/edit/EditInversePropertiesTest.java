package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.ExcludedCombination;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlSequence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any edit the editor accepts, followed by the inverse it returns, gives back the exact text. */
class EditInversePropertiesTest {

    private static final List<String> TEXTS = corpus();

    private static List<String> corpus() {
        List<String> texts = new ArrayList<>();
        for (Path p : Samples.allWorkflowFiles()) {
            try {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String satkit = texts.get(texts.size() - 4);
        texts.add("\uFEFF# 🚀 release\r\n" + satkit.replace("\n", "\r\n"));
        texts.add("on: push\njobs:\n  j:\n    runs-on: x\n    strategy:\n      matrix: {os: [a, b], py: ['3.9', '3.10'], "
                + "include: [{os: c, py: '3.11'}], exclude: [{os: a, py: '3.9'}]}\n");
        return texts;
    }

    @Property(tries = 300)
    void anEditFollowedByItsInverseRestoresTheText(@ForAll @IntRange(max = 1000) int file,
                                                   @ForAll @IntRange(max = 1000) int jobPick,
                                                   @ForAll @IntRange(max = 10) int kind,
                                                   @ForAll @IntRange(max = 1000) int a,
                                                   @ForAll @IntRange(max = 1000) int b) throws Exception {
        String text = TEXTS.get(file % TEXTS.size());
        WorkflowDocument doc = WorkflowDocument.parse(text);
        List<WorkflowJob> jobs = doc.matrixJobs().stream()
                .filter(j -> j.matrix().orElseThrow().node() instanceof YamlMapping).toList();
        WorkflowJob job = jobs.get(jobPick % jobs.size());
        MatrixEdit edit = edit(doc, job, kind, a, b);
        // Most generated edits must be ones the editor makes, or this property proves little.
        Statistics.label("outcome").coverage(c -> c.check("refused").percentage(p -> p < 35.0));
        EditResult result;
        try {
            result = MatrixEditor.apply(text, edit);
        } catch (EditException refused) {
            Statistics.label("outcome").collect("refused");
            return;
        }
        Statistics.label("outcome").collect(result.inverse() instanceof MatrixEdit.ReplaceText ? "text inverse" : "matrix inverse");
        assertEquals(text, MatrixEditor.apply(result.text(), result.inverse()).text(), edit.toString());
    }

    private static MatrixEdit edit(WorkflowDocument doc, WorkflowJob job, int kind, int a, int b) {
        MatrixSpec spec = job.matrix().orElseThrow();
        List<MatrixVector> vectors = spec.vectors().stream()
                .filter(v -> v.valueNode().resolved() instanceof YamlSequence && !v.dynamic()).toList();
        String id = job.id();
        if (vectors.isEmpty() && kind <= 5) {
            kind = 8;
        }
        MatrixVector v = vectors.isEmpty() ? null : vectors.get(a % vectors.size());
        int size = v == null ? 0 : v.values().size();
        JobMatrixReport report = JobMatrixReport.of(doc, job, ExpressionContext.pushToBranch());
        switch (kind) {
            case 0:
                return new MatrixEdit.AddValue(id, v.name(), ValueLiteral.of("new" + b), b % (size + 1));
            case 1:
                return new MatrixEdit.RemoveValue(id, v.name(), b % size);
            case 2:
                return new MatrixEdit.RenameValue(id, v.name(), b % size, ValueLiteral.of("renamed" + a));
            case 3:
                return new MatrixEdit.MoveValue(id, v.name(), a % size, b % size);
            case 4:
                return new MatrixEdit.AddVector(id, "extra" + a, List.of(ValueLiteral.of("x"), ValueLiteral.of(3.0)),
                        b % (spec.vectors().size() + 1));
            case 5:
                return new MatrixEdit.RemoveVector(id, v.name());
            case 6: {
                List<MatrixCombination> cross = report.expansion().jobs().stream()
                        .filter(c -> c.origin() == MatrixCombination.Origin.CROSS_PRODUCT).toList();
                if (cross.isEmpty()) {
                    return new MatrixEdit.RemoveEntry(id, EntryList.INCLUDE, 0);
                }
                return new MatrixEdit.ExcludeCombination(id, MatrixEditor.literalsFor(cross.get(b % cross.size())));
            }
            case 7: {
                List<ExcludedCombination> excluded = report.expansion().excluded();
                if (excluded.isEmpty()) {
                    return new MatrixEdit.RemoveEntry(id, EntryList.EXCLUDE, 0);
                }
                Map<String, ValueLiteral> combination = new LinkedHashMap<>();
                excluded.get(b % excluded.size()).values().forEach((k, x) -> combination.put(k, ValueLiteral.of(x)));
                return new MatrixEdit.IncludeCombination(id, combination);
            }
            case 8: {
                Map<String, ValueLiteral> entry = new LinkedHashMap<>();
                if (v != null) {
                    entry.put(v.name(), ValueLiteral.of(v.values().get(b % size).value()));
                }
                entry.put("added" + a, ValueLiteral.of("yes"));
                int entries = spec.include().map(i -> i.entries().size()).orElse(0);
                return new MatrixEdit.AddEntry(id, EntryList.INCLUDE, entry, b % (entries + 1));
            }
            case 9: {
                EntryList list = a % 2 == 0 ? EntryList.INCLUDE : EntryList.EXCLUDE;
                int entries = (list == EntryList.INCLUDE ? spec.include() : spec.exclude())
                        .map(i -> i.entries().size()).orElse(0);
                return new MatrixEdit.RemoveEntry(id, list, entries == 0 ? 0 : b % entries);
            }
            default: {
                int entries = spec.include().map(i -> i.entries().size()).orElse(0);
                return new MatrixEdit.EditEntry(id, EntryList.INCLUDE, entries == 0 ? 0 : b % entries,
                        Map.of("changed", ValueLiteral.of("v" + a)));
            }
        }
    }
}
