package dev.wheelhouse.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real workflows of samples/workflows: they load, and GitHub's job counts come out. */
class SampleWorkflowsTest {

    static WorkflowDocument load(String fileName) throws IOException, WorkflowParseException {
        return WorkflowDocument.parse(Files.readString(Samples.workflow(fileName), StandardCharsets.UTF_8));
    }

    static Stream<Path> workflows() {
        return Samples.allWorkflowFiles().stream();
    }

    static Stream<Arguments> jobCounts() throws IOException {
        JsonNode counts = MatrixCases.JSON.readTree(Samples.workflow("job-counts.json").toFile());
        List<Arguments> args = new ArrayList<>();
        counts.properties().forEach(file -> file.getValue().properties().forEach(job ->
                args.add(Arguments.of(file.getKey(), job.getKey(), job.getValue()))));
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void everySampleLoadsWithoutErrors(Path file) throws Exception {
        WorkflowDocument doc = WorkflowDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(doc.jobs().isEmpty());
        for (JobMatrixReport r : JobMatrixReport.forMatrixJobs(doc)) {
            assertFalse(r.hasErrors(), r.job().id() + ": " + r.problems());
        }
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("jobCounts")
    void jobCountIsWhatGithubCreates(String file, String jobId, JsonNode expected) throws Exception {
        WorkflowDocument doc = load(file);
        MatrixExpansion x = JobMatrixReport.of(doc, doc.job(jobId).orElseThrow(),
                dev.wheelhouse.workflow.expr.ExpressionContext.pushToBranch()).expansion();
        if (expected.isInt()) {
            assertFalse(x.dynamic());
            assertEquals(expected.asInt(), x.count().getAsInt());
        } else {
            assertEquals("dynamic", expected.asText());
            assertTrue(x.dynamic());
            assertTrue(x.count().isEmpty());
            assertTrue(x.dynamicReason().orElseThrow().contains("needs.generate-wheels-matrix.outputs.include"));
        }
    }

    @Test
    void satkitBuildsTwentyWheelJobsNamedByTheirExpression() throws Exception {
        WorkflowDocument doc = load("ssmichael1__satkit__.github_workflows_release.yml");
        WorkflowJob job = doc.job("build_wheels").orElseThrow();
        MatrixSpec spec = job.matrix().orElseThrow();
        assertEquals(List.of("os", "python"), spec.vectorNames());
        assertEquals(2, spec.include().orElseThrow().entries().size());
        List<String> names = JobMatrixReport.of(doc, job,
                dev.wheelhouse.workflow.expr.ExpressionContext.pushToBranch()).names();
        assertEquals("build wheels (macos-latest cp310)", names.get(0));
        assertEquals("build wheels (ubuntu-24.04-arm cp314)", names.get(19));
        assertEquals(List.of("test"), job.needs());
        assertTrue(doc.hasTrigger("workflow_dispatch"));
        assertTrue(doc.hasTrigger("push"));
    }

    @Test
    void polarsDeclaresTypedDispatchInputs() throws Exception {
        WorkflowDocument doc = load("pola-rs__polars__.github_workflows_release-python.yml");
        assertEquals(List.of("workflow_dispatch"), doc.triggers());
        DispatchInput sha = doc.dispatchInputs().get(0);
        DispatchInput dryRun = doc.dispatchInputs().get(1);
        assertEquals("sha", sha.name());
        assertEquals("string", sha.type());
        assertEquals("Commit SHA", sha.description());
        assertEquals("dry-run", dryRun.name());
        assertEquals("boolean", dryRun.type());
        assertEquals(false, dryRun.defaultValue());
        assertTrue(doc.job("base-package").orElseThrow().strategy().isPresent());
        assertTrue(doc.job("base-package").orElseThrow().matrix().isEmpty(), "fail-fast only, no matrix");
    }

    @Test
    void aMatrixThatIsAnAliasIsEditedAtItsAnchorAndKnowsWhoSharesIt() throws Exception {
        WorkflowDocument doc = load("typisttech__php-matrix__.github_workflows_test.yml");
        MatrixSpec build = doc.job("build").orElseThrow().matrix().orElseThrow();
        MatrixSpec e2e = doc.job("e2e").orElseThrow().matrix().orElseThrow();
        assertFalse(build.aliased());
        assertTrue(e2e.aliased());
        assertTrue(build.node() == e2e.node(), "both jobs read the anchored node");
        assertEquals(List.of("e2e"), build.sharedWith());
        assertEquals(List.of("build"), e2e.sharedWith());
        assertEquals("matrix", e2e.anchor().orElseThrow());
    }

    @Test
    void aReusableWorkflowCallIsAJobWithUses() throws Exception {
        WorkflowDocument doc = load("scipy__scipy__.github_workflows_wheels.yml");
        WorkflowJob call = doc.job("get_commit_message").orElseThrow();
        assertTrue(call.callsReusableWorkflow());
        assertEquals("./.github/workflows/commit_message.yml", call.uses());
    }

    @Test
    void aJobWithIfFalseStillExpandsItsMatrix() throws Exception {
        WorkflowDocument doc = load("lxml__lxml__.github_workflows_wheels.yml");
        WorkflowJob job = doc.job("build_abi3_wheels").orElseThrow();
        assertEquals("false", job.ifCondition());
        assertEquals(6, MatrixExpander.expand(job.matrix().orElseThrow(),
                dev.wheelhouse.workflow.expr.ExpressionContext.pushToBranch()).count().getAsInt());
    }

    @Test
    void dynamicPartsAreListedWithTheirText() throws Exception {
        WorkflowDocument doc = load("lxml__lxml__.github_workflows_wheels.yml");
        MatrixSpec spec = doc.job("build_wheels").orElseThrow().matrix().orElseThrow();
        assertTrue(spec.dynamic());
        assertEquals("${{ fromJson(needs.generate-wheels-matrix.outputs.include) }}",
                spec.dynamicParts().get(0).expression());
        assertEquals("include", spec.dynamicParts().get(0).where());
    }
}
