package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobNameRendererTest {

    private static List<String> names(String jobYaml) throws WorkflowParseException {
        WorkflowDocument doc = WorkflowDocument.parse("on: push\njobs:\n  build:\n" + jobYaml.indent(4));
        WorkflowJob job = doc.job("build").orElseThrow();
        return JobMatrixReport.of(doc, job, ExpressionContext.pushToBranch()).names();
    }

    @Test
    void withoutANameTheJobIdGetsTheVectorValuesAsASuffix() throws Exception {
        assertEquals(List.of("build (14, ubuntu-latest)", "build (14, windows-latest)"),
                names("strategy:\n  matrix:\n    node: [14]\n    os: [ubuntu-latest, windows-latest]\n"));
    }

    @Test
    void includeExtrasMergedIntoACrossProductJobDoNotShowInTheDefaultName() throws Exception {
        assertEquals(List.of("Test (3.10, ubuntu, false)"), names("""
                name: Test
                strategy:
                  matrix:
                    python: ['3.10']
                    os: [ubuntu]
                    experimental: [false]
                    include:
                      - os: ubuntu
                        target: x86_64
                """));
    }

    @Test
    void aNameExpressionIsEvaluatedPerJobWithStrategyAndGetsNoSuffix() throws Exception {
        assertEquals(List.of("shard 1 of 2 (a)", "shard 2 of 2 (b)"), names("""
                name: shard ${{ strategy.job-index == 0 && '1' || '2' }} of ${{ strategy.job-total }} (${{ matrix.x }})
                strategy:
                  matrix:
                    x: [a, b]
                """));
    }

    @Test
    void aNameThatEvaluatesToNothingFallsBackToTheDefault() throws Exception {
        assertEquals(List.of("build (a)"), names("name: ${{ matrix.missing }}\nstrategy:\n  matrix:\n    x: [a]\n"));
    }

    @Test
    void anEmptyStringExpressionSuppressesTheSuffix() throws Exception {
        assertEquals(List.of("Windows MSI"), names("name: Windows MSI${{ '' }}\nstrategy:\n  matrix:\n    x: [a]\n"));
    }

    @Test
    void anIndexPastTheEndOfAnArrayValueRendersEmpty() throws Exception {
        assertEquals(List.of("Build android_x86_64-"), names("""
                name: Build ${{ matrix.buildplat[1] }}-${{ matrix.buildplat[2] }}
                strategy:
                  matrix:
                    buildplat:
                      - [ubuntu-24.04, android_x86_64]
                """));
    }

    @Test
    void aJobWithoutMatrixIsNamedByItsNameOrId() throws Exception {
        assertEquals(List.of("Build sdist"), names("name: Build sdist\nruns-on: ubuntu-latest\n"));
        assertEquals(List.of("build"), names("runs-on: ubuntu-latest\n"));
    }

    @Test
    void aReusableWorkflowCallNestsTheCalledJobNames() throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse("""
                on: push
                jobs:
                  wheels:
                    name: Wheels
                    uses: ./.github/workflows/build.yml
                    strategy:
                      matrix:
                        os: [linux, macos]
                """);
        WorkflowJob job = doc.job("wheels").orElseThrow();
        MatrixExpansion x = MatrixExpander.expand(job.matrix().orElseThrow(), ExpressionContext.pushToBranch());
        assertEquals(List.of("Wheels (linux) / build", "Wheels (macos) / build"),
                JobNameRenderer.names(job, x, List.of("build")));
        assertEquals(List.of("Wheels (linux)", "Wheels (macos)"), JobNameRenderer.names(job, x, List.of()));
    }
}
