package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixLintTest {

    private static List<Problem> problems(String jobYaml) throws WorkflowParseException {
        WorkflowDocument doc = WorkflowDocument.parse("on: push\njobs:\n  build:\n" + jobYaml.indent(4));
        return JobMatrixReport.of(doc, doc.job("build").orElseThrow(), ExpressionContext.pushToBranch()).problems();
    }

    @Test
    void aMatrixKeyUsedButDefinedNowhereIsAWarningAtItsUse() throws Exception {
        List<Problem> problems = problems("""
                runs-on: ${{ matrix.os }}
                strategy:
                  matrix:
                    python: ['3.12']
                steps:
                  - run: echo ${{ matrix.python }} ${{ matrix.pyhton }}
                """);
        assertEquals(2, problems.size(), problems.toString());
        Problem runsOn = problems.get(0);
        assertEquals(Severity.WARNING, runsOn.severity());
        assertEquals(4, runsOn.line());
        assertEquals(14, runsOn.column());
        assertTrue(runsOn.message().contains("matrix.os is used in runs-on"), runsOn.message());
        Problem typo = problems.get(1);
        assertEquals(9, typo.line());
        assertEquals(40, typo.column());
        assertTrue(typo.message().contains("'pyhton'"));
    }

    @Test
    void keysAddedByIncludeCountAsDefinedInAnyCase() throws Exception {
        assertEquals(List.of(), problems("""
                runs-on: ${{ matrix.Runner }}
                strategy:
                  matrix:
                    os: [a]
                    include:
                      - runner: ubuntu-latest
                """));
    }

    @Test
    void aJobWithoutMatrixThatReadsMatrixIsWarned() throws Exception {
        List<Problem> problems = problems("name: x ${{ matrix.os }}\nruns-on: ubuntu-latest\n");
        assertTrue(problems.get(0).message().contains("has no matrix"));
    }

    @Test
    void aMatrixWhoseKeysComeFromAnExpressionIsNotChecked() throws Exception {
        assertEquals(List.of(), problems("""
                runs-on: ${{ matrix.os }}
                strategy:
                  matrix:
                    include: ${{ fromJSON(needs.a.outputs.b) }}
                """));
    }

    @Test
    void aNeedsNamingAJobTheWorkflowDoesNotHaveIsGithubsRefusalAtTheName() throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse("""
                on: push
                jobs:
                  build_wheels:
                    runs-on: ubuntu-latest
                  Test:
                    runs-on: ubuntu-latest
                  publish:
                    needs: [test, build_whels]
                    runs-on: ubuntu-latest
                  notify:
                    needs: publsh
                    runs-on: ubuntu-latest
                  dynamic:
                    needs: ${{ fromJSON('["publish"]') }}
                    runs-on: ubuntu-latest
                """);

        assertEquals(List.of(
                new Problem(Severity.ERROR, 8, 19, "Job 'publish' depends on unknown job 'build_whels'."),
                new Problem(Severity.ERROR, 11, 12, "Job 'notify' depends on unknown job 'publsh'.")),
                doc.problems(), "a job id differing only in case is the same job, as on GitHub");
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorAtTheSecondOne() throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse("on: push\njobs:\n  j:\n    runs-on: x\n    strategy:\n"
                + "      matrix:\n        os: [a]\n        os: [b]\n");
        Problem p = doc.problems().get(0);
        assertEquals("'os' is already defined", p.message());
        assertEquals(8, p.line());
        assertTrue(JobMatrixReport.of(doc, doc.job("j").orElseThrow(), ExpressionContext.pushToBranch()).hasErrors());
    }

    @Test
    void aYamlMergeKeyGetsGithubsRefusal() throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse("""
                on: push
                x: &base
                  runs-on: ubuntu-latest
                jobs:
                  build:
                    <<: *base
                    steps: [{run: echo}]
                """);
        Problem p = doc.problems().get(0);
        assertTrue(p.isError());
        assertTrue(p.message().startsWith("Unexpected value '<<'"), p.message());
        assertEquals(6, p.line());
        JobMatrixReport report = JobMatrixReport.of(doc, doc.job("build").orElseThrow(), ExpressionContext.pushToBranch());
        assertTrue(report.hasErrors(), "the job holding the merge key reports it");
    }
}
