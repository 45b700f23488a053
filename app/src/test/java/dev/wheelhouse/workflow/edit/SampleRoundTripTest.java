package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.yaml.YamlSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trips on every sample workflow: bytes survive loading, and removing then re-adding a value. */
class SampleRoundTripTest {

    static Stream<Path> workflows() {
        return Samples.allWorkflowFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void loadingAndSavingUnchangedGivesIdenticalBytes(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        WorkflowDocument doc = WorkflowDocument.parse(new String(original, StandardCharsets.UTF_8));
        assertArrayEquals(original, doc.text().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void removingAnyValueAndAddingItBackRestoresTheOriginalBytes(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        WorkflowDocument doc = WorkflowDocument.parse(text);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (WorkflowJob job : doc.matrixJobs()) {
            MatrixSpec spec = job.matrix().orElseThrow();
            if (!(spec.node() instanceof dev.wheelhouse.workflow.yaml.YamlMapping)) {
                continue;
            }
            for (MatrixVector vector : spec.vectors()) {
                if (vector.dynamic() || !(vector.valueNode().resolved() instanceof YamlSequence)
                        || vector.values().size() < 2) {
                    continue;
                }
                for (int i = 0; i < vector.values().size(); i++) {
                    String raw = text.substring(vector.values().get(i).node().span().start(),
                            vector.values().get(i).node().contentEnd());
                    if (raw.contains("\n")) {
                        continue;
                    }
                    tried++;
                    EditResult removed = MatrixEditor.apply(text, new MatrixEdit.RemoveValue(job.id(), vector.name(), i));
                    if (!MatrixEditor.apply(removed.text(), removed.inverse()).text().equals(text)) {
                        failures.add("inverse of removing " + job.id() + "." + vector.name() + "[" + i + "]");
                    }
                    int before = i == 0 ? vector.valueNode().span().start() : vector.values().get(i - 1).node().contentEnd();
                    if (hasOwnComment(text, before, vector.values().get(i).node().contentEnd())) {
                        continue; // a plain add cannot know the value's comment; the inverse above restores it
                    }
                    String restored = MatrixEditor.apply(removed.text(), new MatrixEdit.AddValue(job.id(), vector.name(),
                            ValueLiteral.parse(raw), i)).text();
                    if (!restored.equals(text)) {
                        failures.add("adding back " + job.id() + "." + vector.name() + "[" + i + "]");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        boolean hasListedValues = doc.matrixJobs().stream().anyMatch(j -> j.matrix().orElseThrow().vectors().stream()
                .anyMatch(v -> !v.dynamic() && v.values().size() > 1));
        assertEquals(hasListedValues, tried > 0, "every vector with several one-line values was tried");
    }

    /** A comment on the value's line or on the lines between it and the value before it. */
    private static boolean hasOwnComment(String text, int from, int valueEnd) {
        int end = text.indexOf('\n', valueEnd);
        return text.substring(from, end < 0 ? text.length() : end).contains("#");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void anExcludeOfTheFirstJobChangesOnlyLinesInsideThatMatrix(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        WorkflowDocument doc = WorkflowDocument.parse(text);
        for (WorkflowJob job : doc.matrixJobs()) {
            JobMatrixReport report = JobMatrixReport.of(doc, job, dev.wheelhouse.workflow.expr.ExpressionContext.pushToBranch());
            MatrixSpec spec = job.matrix().orElseThrow();
            if (report.expansion().dynamic() || spec.vectors().isEmpty() || spec.aliased()
                    || report.expansion().jobs().get(0).origin() != MatrixCombination.Origin.CROSS_PRODUCT) {
                continue;
            }
            EditResult result = MatrixEditor.apply(text, new MatrixEdit.ExcludeCombination(job.id(),
                    MatrixEditor.literalsFor(report.expansion().jobs().get(0))));
            List<String> before = text.lines().toList();
            List<String> after = result.text().lines().toList();
            int first = spec.node().span().line() - 1;
            int last = doc.source().lineOf(spec.node().contentEnd() - 1);
            assertEquals(before.subList(0, first), after.subList(0, first), job.id() + ": lines above the matrix");
            int tail = before.size() - last - 1;
            assertEquals(before.subList(last + 1, before.size()), after.subList(after.size() - tail, after.size()),
                    job.id() + ": lines below the matrix");
            assertTrue(after.size() > before.size(), "the exclude entry adds lines");
            WorkflowDocument edited = WorkflowDocument.parse(result.text());
            int count = JobMatrixReport.of(edited, edited.job(job.id()).orElseThrow(),
                    dev.wheelhouse.workflow.expr.ExpressionContext.pushToBranch()).expansion().count().getAsInt();
            assertTrue(count < report.expansion().count().getAsInt(), job.id() + " runs fewer jobs");
        }
    }
}
