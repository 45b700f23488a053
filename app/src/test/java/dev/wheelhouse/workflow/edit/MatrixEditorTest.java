package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.JobMatrixReport;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixEditorTest {

    private static String workflow(String matrix) {
        return "on: push\njobs:\n  j:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n"
                + matrix.indent(8) + "    steps:\n      - run: echo\n";
    }

    private static ValueLiteral v(String yaml) throws EditException {
        return ValueLiteral.parse(yaml);
    }

    private static Map<String, ValueLiteral> combo(String... kv) throws EditException {
        Map<String, ValueLiteral> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], v(kv[i + 1]));
        }
        return m;
    }

    /** Applies the edit, checks its inverse restores the exact text, and returns the new text. */
    private static String edit(String text, MatrixEdit edit) throws Exception {
        EditResult result = MatrixEditor.apply(text, edit);
        assertEquals(text, MatrixEditor.apply(result.text(), result.inverse()).text(), "inverse restores the bytes");
        return result.text();
    }

    private static int count(String text) throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse(text);
        return JobMatrixReport.of(doc, doc.job("j").orElseThrow(), ExpressionContext.pushToBranch())
                .expansion().count().getAsInt();
    }

    @Test
    void addingToAFlowListKeepsItsSpacingAndTheQuotingOfItsNeighbours() throws Exception {
        String text = workflow("python: [\"3.9\", \"3.10\"]  # supported\nos: [a]\n");
        String edited = edit(text, new MatrixEdit.AddValue("j", "python", v("cp315")));
        assertTrue(edited.contains("python: [\"3.9\", \"3.10\", \"cp315\"]  # supported\n"), edited);
    }

    @Test
    void aNumberIsWrittenAsTypedAndAQuotedStringKeepsItsQuotes() throws Exception {
        String text = workflow("python: [3.9]\n");
        assertTrue(edit(text, new MatrixEdit.AddValue("j", "python", v("3.10"))).contains("python: [3.9, 3.10]"));
        assertTrue(edit(text, new MatrixEdit.AddValue("j", "python", v("'3.10'"))).contains("python: [3.9, '3.10']"));
    }

    @Test
    void addingToABlockListCopiesTheItemIndentation() throws Exception {
        String text = workflow("os:\n  - a # first\n  - b\nv: [1]\n");
        String edited = edit(text, new MatrixEdit.AddValue("j", "os", v("c")));
        assertTrue(edited.contains("          - a # first\n          - b\n          - c\n        v: [1]"), edited);
        String atStart = edit(text, new MatrixEdit.AddValue("j", "os", v("z"), 0));
        assertTrue(atStart.contains("          - z\n          - a # first"), atStart);
    }

    @Test
    void removingAValueTakesItsWholeLineAndAddingItBackRestoresTheBytes() throws Exception {
        String text = workflow("os:\n  - a\n  - b\n  - c\n");
        EditResult removed = MatrixEditor.apply(text, new MatrixEdit.RemoveValue("j", "os", 1));
        assertTrue(removed.text().contains("          - a\n          - c\n"));
        MatrixEdit.AddValue back = assertInstanceOf(MatrixEdit.AddValue.class, removed.inverse());
        assertEquals("b", back.value().text());
        assertEquals(text, MatrixEditor.apply(removed.text(), back).text());
    }

    @Test
    void removingFromAFlowListTakesTheValueAndOneSeparator() throws Exception {
        String text = workflow("os: [a, b, c]\n");
        assertTrue(edit(text, new MatrixEdit.RemoveValue("j", "os", 0)).contains("os: [b, c]"));
        assertTrue(edit(text, new MatrixEdit.RemoveValue("j", "os", 2)).contains("os: [a, b]"));
    }

    @Test
    void theLastValueOfAVectorCannotBeRemoved() {
        EditException e = assertThrows(EditException.class,
                () -> MatrixEditor.apply(workflow("os: [a]\n"), new MatrixEdit.RemoveValue("j", "os", 0)));
        assertTrue(e.getMessage().contains("remove the vector instead"));
    }

    @Test
    void renamingKeepsTheQuoteStyle() throws Exception {
        String text = workflow("os: ['a', b]\n");
        assertTrue(edit(text, new MatrixEdit.RenameValue("j", "os", 0, v("z"))).contains("os: ['z', b]"));
        assertTrue(edit(text, new MatrixEdit.RenameValue("j", "os", 1, v("y"))).contains("os: ['a', y]"));
    }

    @Test
    void movingAValueReordersJobsAndMovesItsComment() throws Exception {
        String text = workflow("os:\n  - a # one\n  - b\n  - c\n");
        String edited = edit(text, new MatrixEdit.MoveValue("j", "os", 0, 2));
        assertTrue(edited.contains("          - b\n          - c\n          - a # one\n"), edited);
        assertTrue(edit(workflow("os: [a, b, c]\n"), new MatrixEdit.MoveValue("j", "os", 2, 0)).contains("os: [c, a, b]"));
    }

    @Test
    void addingAVectorFollowsTheStyleOfTheVectorBeforeIt() throws Exception {
        String block = edit(workflow("os:\n  - a\ninclude:\n  - os: a\n    x: 1\n"),
                new MatrixEdit.AddVector("j", "python", List.of(v("cp313"), v("cp314")), -1));
        assertTrue(block.contains("          - a\n        python:\n          - cp313\n          - cp314\n        include:"), block);
        String flow = edit(workflow("os: [a]\n"), new MatrixEdit.AddVector("j", "python", List.of(v("3.12")), -1));
        assertTrue(flow.contains("        os: [a]\n        python: [3.12]\n"), flow);
        assertEquals(2, count(edit(workflow("os: [a, b]\n"),
                new MatrixEdit.AddVector("j", "python", List.of(v("x")), 0))));
    }

    @Test
    void removingAVectorTakesItsLines() throws Exception {
        String text = workflow("os: [a, b]\npython:\n  - x\n  - y\n");
        String edited = edit(text, new MatrixEdit.RemoveVector("j", "python"));
        assertTrue(edited.contains("        os: [a, b]\n    steps:"), edited);
    }

    @Test
    void excludingACombinationCreatesExcludeWhenAbsentAndDropsOneJob() throws Exception {
        String text = workflow("os: [a, b]\npython: ['3.10', '3.11']\n");
        String edited = edit(text, new MatrixEdit.ExcludeCombination("j", combo("os", "b", "python", "3.10")));
        assertTrue(edited.contains("        python: ['3.10', '3.11']\n        exclude:\n          - os: b\n"
                + "            python: '3.10'\n"), edited);
        assertEquals(3, count(edited));
    }

    @Test
    void excludingAppendsToAnExistingExcludeInItsStyle() throws Exception {
        String text = workflow("os: [a, b]\npython: [x, y]\nexclude:\n  - { os: a, python: x }\n");
        String edited = edit(text, new MatrixEdit.ExcludeCombination("j", combo("os", "b", "python", "y")));
        assertTrue(edited.contains("  - { os: a, python: x }\n          - { os: b, python: y }\n"), edited);
    }

    @Test
    void excludeWritesTheValueAsTheVectorWritesIt() throws Exception {
        String text = workflow("python: [\"3.10\", \"3.11\"]\n");
        String edited = edit(text, new MatrixEdit.ExcludeCombination("j", combo("python", "'3.10'")));
        assertTrue(edited.contains("- python: \"3.10\""), edited);
    }

    @Test
    void excludingSomethingAlreadyExcludedOrUnknownIsExplained() {
        String text = workflow("os: [a, b]\nexclude:\n  - os: a\n");
        assertTrue(assertThrows(EditException.class, () -> MatrixEditor.apply(text,
                new MatrixEdit.ExcludeCombination("j", combo("os", "a")))).getMessage().contains("already excluded"));
        assertTrue(assertThrows(EditException.class, () -> MatrixEditor.apply(text,
                new MatrixEdit.ExcludeCombination("j", combo("os", "zz")))).getMessage().contains("not a combination"));
        assertTrue(assertThrows(EditException.class, () -> MatrixEditor.apply(text,
                new MatrixEdit.ExcludeCombination("j", combo("arch", "x")))).getMessage().contains("no vector 'arch'"));
    }

    @Test
    void reIncludingRemovesTheEntryThatHidesOnlyThatCombination() throws Exception {
        String text = workflow("os: [a, b]\npython: [x, y]\nexclude:\n  - os: a\n    python: x\n  - os: b\n");
        String edited = edit(text, new MatrixEdit.IncludeCombination("j", combo("os", "a", "python", "x")));
        assertTrue(edited.contains("        exclude:\n          - os: b\n    steps:"), edited);
        assertEquals(2, count(edited));
    }

    @Test
    void reIncludingTheLastEntryRemovesTheExcludeKey() throws Exception {
        String text = workflow("os: [a, b]\n");
        String excluded = edit(text, new MatrixEdit.ExcludeCombination("j", combo("os", "a")));
        assertEquals(text, edit(excluded, new MatrixEdit.IncludeCombination("j", combo("os", "a"))));
    }

    @Test
    void reIncludingACombinationWhoseEntryHidesOthersIsExplained() throws Exception {
        String text = workflow("os: [a, b]\npython: [x, y]\nexclude:\n  - os: a\n");
        EditException e = assertThrows(EditException.class, () -> MatrixEditor.apply(text,
                new MatrixEdit.IncludeCombination("j", combo("os", "a", "python", "x"))));
        assertTrue(e.getMessage().contains("also hides 1 other combination"), e.getMessage());
        assertTrue(e.getMessage().contains("line 10"), e.getMessage());
    }

    @Test
    void includeEntriesCanBeAddedEditedAndRemoved() throws Exception {
        String text = workflow("os: [a, b]\ninclude:\n  - os: a\n    extra: 1\n");
        String added = edit(text, new MatrixEdit.AddEntry("j", EntryList.INCLUDE, combo("os", "c", "extra", "2"), -1));
        assertTrue(added.contains("            extra: 1\n          - os: c\n            extra: 2\n"), added);
        assertEquals(3, count(added));
        String changed = edit(text, new MatrixEdit.EditEntry("j", EntryList.INCLUDE, 0, combo("os", "b", "extra", "9")));
        assertTrue(changed.contains("          - os: b\n            extra: 9\n"), changed);
        String removed = edit(text, new MatrixEdit.RemoveEntry("j", EntryList.INCLUDE, 0));
        assertTrue(removed.contains("        os: [a, b]\n    steps:"), removed);
    }

    @Test
    void aFlowMatrixStaysFlow() throws Exception {
        String text = "on: push\njobs:\n  j:\n    runs-on: x\n    strategy:\n      matrix: {os: [a, b], python: [x]}\n";
        String edited = edit(text, new MatrixEdit.ExcludeCombination("j", combo("os", "a", "python", "x")));
        assertTrue(edited.contains("matrix: {os: [a, b], python: [x], exclude: [{os: a, python: x}]}"), edited);
    }

    @Test
    void crlfLineEndsStayCrlf() throws Exception {
        String text = workflow("os:\n  - a\n  - b\n").replace("\n", "\r\n");
        String edited = edit(text, new MatrixEdit.ExcludeCombination("j", combo("os", "a")));
        assertFalse(edited.replace("\r\n", "").contains("\n"), "no bare LF");
        assertTrue(edited.contains("        exclude:\r\n          - os: a\r\n"));
    }

    @Test
    void anEmojiBeforeTheMatrixDoesNotShiftTheEdit() throws Exception {
        String text = "# 🚀 wheels 😀\n" + workflow("os: [a, b]  # 🐍\n");
        String edited = edit(text, new MatrixEdit.AddValue("j", "os", v("c")));
        assertTrue(edited.contains("os: [a, b, c]  # 🐍\n"), edited);
    }

    @Test
    void editingAnAliasedMatrixEditsTheAnchorAndNamesTheOtherJobs() throws Exception {
        String text = "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix: &m\n        os: [l, w]\n"
                + "  b:\n    runs-on: x\n    strategy:\n      matrix: *m\n";
        EditResult result = MatrixEditor.apply(text, new MatrixEdit.AddValue("b", "os", v("m")));
        assertTrue(result.text().contains("matrix: &m\n        os: [l, w, m]\n"), result.text());
        assertTrue(result.text().contains("matrix: *m\n"));
        assertEquals(List.of("a"), result.alsoChangedJobs());
    }

    @Test
    void aComputedPartIsReadOnly() {
        String text = workflow("include: ${{ fromJSON(needs.a.outputs.b) }}\n");
        EditException e = assertThrows(EditException.class, () -> MatrixEditor.apply(text,
                new MatrixEdit.AddEntry("j", EntryList.INCLUDE, Map.of("os", ValueLiteral.of("a")), -1)));
        assertTrue(e.getMessage().contains("computed by an expression"));
    }

    @Test
    void anIrregularlySpacedListStillUndoesExactly() throws Exception {
        String text = workflow("os: [a,b ,   c]\n");
        EditResult result = MatrixEditor.apply(text, new MatrixEdit.RemoveValue("j", "os", 1));
        assertEquals(text, MatrixEditor.apply(result.text(), result.inverse()).text());
    }

    @Test
    void theChangeNamesTheOnlyRegionThatDiffers() throws Exception {
        String text = workflow("os: [a, b]\n");
        EditResult result = MatrixEditor.apply(text, new MatrixEdit.AddValue("j", "os", v("c")));
        assertEquals(", c", result.change().inserted());
        assertEquals("", result.change().removed());
        assertEquals(text.indexOf("b]") + 1, result.change().offset());
    }

    @Test
    void literalsForACombinationCarryItsVectorValues() throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse(workflow("os: [a]\npython: [3.10]\n"));
        var job = JobMatrixReport.of(doc, doc.job("j").orElseThrow(), ExpressionContext.pushToBranch())
                .expansion().jobs().get(0);
        Map<String, ValueLiteral> literals = MatrixEditor.literalsFor(job);
        assertEquals(3.1, literals.get("python").value());
        String excluded = MatrixEditor.apply(doc.text(), new MatrixEdit.ExcludeCombination("j", literals)).text();
        assertTrue(excluded.contains("python: 3.10"), "written as the vector writes it: " + excluded);
    }
}
