package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixExpanderTest {

    /** Expands the matrix of job {@code j} in a workflow made of the given matrix YAML (indented 6). */
    static JobMatrixReport expand(String matrixYaml) throws WorkflowParseException {
        return expand(matrixYaml, ExpressionContext.pushToBranch());
    }

    static JobMatrixReport expand(String matrixYaml, ExpressionContext context) throws WorkflowParseException {
        String text = "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n"
                + matrixYaml.indent(8) + "    steps:\n      - run: echo\n";
        WorkflowDocument doc = WorkflowDocument.parse(text);
        return JobMatrixReport.of(doc, doc.job("j").orElseThrow(), context);
    }

    static List<Map<String, Object>> combos(String matrixYaml) throws WorkflowParseException {
        JobMatrixReport r = expand(matrixYaml);
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.expansion().combinations();
    }

    @Test
    void excludeMatchesNestedObjectsAsSubsets() throws Exception {
        List<Map<String, Object>> c = combos("""
                platform: [{os: macos, runs-on: macos-latest}, {os: linux, runs-on: ubuntu-latest}]
                python: ['3.9', '3.10']
                exclude:
                  - platform: {os: macos}
                    python: '3.9'
                """);
        assertEquals(3, c.size());
        assertEquals(Map.of("os", "macos", "runs-on", "macos-latest"), c.get(0).get("platform"));
        assertEquals("3.10", c.get(0).get("python"));
    }

    @Test
    void excludeMatchesSequencesAsPrefixes() throws Exception {
        List<Map<String, Object>> c = combos("""
                buildplat: [[ubuntu, manylinux, x86_64], [macos, macosx, arm64]]
                exclude:
                  - buildplat: [ubuntu]
                """);
        assertEquals(1, c.size());
        assertEquals(List.of("macos", "macosx", "arm64"), c.get(0).get("buildplat"));
    }

    @Test
    void excludeKeysAndStringValuesCompareCaseInsensitively() throws Exception {
        List<Map<String, Object>> c = combos("""
                OS: [Ubuntu-Latest, windows-latest]
                exclude:
                  - os: ubuntu-latest
                """);
        assertEquals(List.of(Map.of("OS", "windows-latest")), c);
    }

    @Test
    void anUnquotedNumberInAnExcludeMatchesTheQuotedStringThroughLooseEquality() throws Exception {
        List<Map<String, Object>> c = combos("""
                python: ['3.10', '3.11']
                exclude:
                  - python: 3.10
                """);
        assertEquals(List.of(Map.of("python", "3.11")), c);
    }

    @Test
    void includeCanAddBackACombinationThatExcludeRemoved() throws Exception {
        JobMatrixReport r = expand("""
                os: [a, b]
                exclude:
                  - os: a
                include:
                  - os: a
                    extra: 1
                """);
        assertEquals(List.of(Map.of("os", "b"), Map.of("os", "a", "extra", 1.0)), r.expansion().combinations());
        assertEquals(MatrixCombination.Origin.INCLUDE, r.expansion().jobs().get(1).origin());
        assertEquals(List.of(0), r.expansion().excluded().get(0).excludeIndexes());
    }

    @Test
    void anIncludeThatChangesAVectorValueBecomesANewJob() throws Exception {
        List<Map<String, Object>> c = combos("""
                os: [linux]
                python: ['']
                include:
                  - os: linux
                    python: '3.12'
                """);
        assertEquals(2, c.size());
        assertEquals(Map.of("os", "linux", "python", "3.12"), c.get(1));
    }

    @Test
    void excludingEverythingLeavesOneJobWithANullMatrix() throws Exception {
        JobMatrixReport r = expand("""
                os: [linux]
                exclude:
                  - os: linux
                """);
        assertFalse(r.hasErrors());
        assertEquals(1, r.expansion().count().getAsInt());
        assertEquals(MatrixCombination.Origin.NO_MATRIX, r.expansion().jobs().get(0).origin());
        assertEquals(List.of("j"), r.names());
    }

    @Test
    void duplicateValuesRunTwiceAndAreReportedAsAWarning() throws Exception {
        JobMatrixReport r = expand("node: [14, 14]\n");
        assertEquals(2, r.expansion().count().getAsInt());
        Problem p = r.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(7, p.line());
        assertTrue(p.message().contains("appears more than once"), p.message());
    }

    @Test
    void moreThan256JobsIsAnErrorAtTheMatrix() throws Exception {
        JobMatrixReport r = expand("a: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]\nb: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]\n");
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).message().startsWith("Strategy produced more than 256"));
        assertEquals(272, r.expansion().jobs().size());
    }

    @Test
    void exactly256JobsIsFine() throws Exception {
        JobMatrixReport r = expand("a: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]\nb: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]\n");
        assertFalse(r.hasErrors());
        assertEquals(256, r.expansion().count().getAsInt());
    }

    @Test
    void errorsUseGithubsWordingAndPointAtTheFault() throws Exception {
        JobMatrixReport unknownKey = expand("os: [a]\nexclude:\n  - oss: a\n");
        Problem p = unknownKey.problems().get(0);
        assertEquals("Matrix exclude key 'oss' does not match any key within the matrix", p.message());
        assertEquals(9, p.line());
        assertEquals(13, p.column());
        assertEquals("Matrix include mapping does not contain any values",
                expand("os: [a]\ninclude:\n  - {}\n").problems().get(0).message());
        assertEquals("Matrix exclude filter must not be empty",
                expand("os: [a]\nexclude:\n  - {}\n").problems().get(0).message());
        assertEquals("Matrix must define at least one vector",
                expand("include: []\n").problems().get(0).message());
    }

    @Test
    void anExcludeEntryThatMatchesNothingIsAWarningNotAnError() throws Exception {
        JobMatrixReport r = expand("os: [linux]\nexclude:\n  - os: linx\n");
        assertFalse(r.hasErrors());
        assertEquals(1, r.expansion().count().getAsInt());
        assertEquals(Severity.WARNING, r.problems().get(0).severity());
        assertTrue(r.problems().get(0).message().contains("matches no combination"));
    }

    @Test
    void aMatrixFromNeedsOutputsIsDynamicWithNoCount() throws Exception {
        JobMatrixReport r = expand("include: ${{ fromJSON(needs.plan.outputs.matrix) }}\n");
        assertTrue(r.expansion().dynamic());
        assertTrue(r.expansion().count().isEmpty());
        assertTrue(r.names().isEmpty());
        assertFalse(r.hasErrors());
    }

    @Test
    void anExcludeThatDependsOnTheEventIsEvaluatedForAPushToABranchAndSaysSo() throws Exception {
        String matrix = """
                python: ['3.12', '3.13']
                os: [linux, windows]
                exclude:
                  - os: ${{ github.event_name == 'push' && 'windows' || 'none' }}
                """;
        JobMatrixReport push = expand(matrix);
        assertTrue(push.expansion().dependsOnEvent());
        assertEquals(2, push.expansion().count().getAsInt());
        JobMatrixReport pr = expand(matrix, ExpressionContext.pushToBranch()
                .with("github", Map.of("event_name", "pull_request")));
        assertEquals(4, pr.expansion().count().getAsInt());
        assertFalse(pr.expansion().dependsOnEvent(), "a context given in full is not assumed");
    }

    @Test
    void aVectorFromTheEventPayloadIsDynamicForAnAssumedPush() throws Exception {
        JobMatrixReport r = expand("version: ${{ github.event.client_payload.versions }}\n");
        assertTrue(r.expansion().dynamic(), r.problems().toString());
        assertFalse(r.hasErrors());
        JobMatrixReport given = expand("version: ${{ github.event.client_payload.versions }}\n", ExpressionContext.empty()
                .with("github", Map.of("event", Map.of("client_payload", Map.of("versions", List.of(12.0, 14.0))))));
        assertEquals(2, given.expansion().count().getAsInt());
    }

    @Test
    void aVectorItemExpressionReturningAnArrayIsSplicedIn() throws Exception {
        List<Map<String, Object>> c = combos("v: [1, \"${{ fromJSON('[2, 3]') }}\"]\n");
        assertEquals(List.of(Map.of("v", 1.0), Map.of("v", 2.0), Map.of("v", 3.0)), c);
    }

    @Test
    void aMalformedExpressionInTheMatrixIsAnErrorAtItsNode() throws Exception {
        JobMatrixReport r = expand("os: ${{ fromJSON( }}\n");
        assertTrue(r.hasErrors());
        assertEquals(7, r.problems().get(0).line());
    }

    @Test
    void gridCellsFindTheirJobOrTheirExcludeEntry() throws Exception {
        MatrixExpansion x = expand("os: [a, b]\npython: [x, y]\nexclude:\n  - os: b\n    python: y\n").expansion();
        assertEquals(Map.of("os", "a", "python", "y"), x.jobFor(Map.of("os", "a", "python", "y")).orElseThrow().values());
        assertTrue(x.jobFor(Map.of("os", "b", "python", "y")).isEmpty());
        assertEquals(List.of(0), x.excludedFor(Map.of("os", "b", "python", "y")).orElseThrow().excludeIndexes());
    }

    @Test
    void dataMatricesExpandWithoutAWorkflow() {
        MatrixExpansion x = MatrixExpander.expand(Map.of("os", List.of("a", "b")));
        assertEquals(2, x.count().getAsInt());
    }
}
