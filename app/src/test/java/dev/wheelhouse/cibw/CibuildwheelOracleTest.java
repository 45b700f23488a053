package dev.wheelhouse.cibw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the plans against cibuildwheel itself: the tables {@code tools/cibw-catalog/oracle.py} made by
 * running each pinned release from its own source with {@code --print-build-identifiers}
 * ({@code src/test/resources/cibw/oracle/}).
 */
class CibuildwheelOracleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode table(String name) {
        try (InputStream in = CibuildwheelOracleTest.class.getResourceAsStream("/cibw/oracle/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String path) {
        URL url = CibuildwheelOracleTest.class.getResource("/" + path);
        if (url == null) {
            throw new IllegalStateException(path + " is not among the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's pyproject.toml kept beside a workflow ({@code owner__repo__pyproject.toml}), as the oracle used it. */
    private static ProjectFiles project(Path workflow) throws IOException {
        String[] parts = workflow.getFileName().toString().split("__");
        Path pyproject = workflow.resolveSibling(parts[0] + "__" + parts[1] + "__pyproject.toml");
        return Files.exists(pyproject)
                ? ProjectFiles.of(Map.of("pyproject.toml", Files.readString(pyproject, StandardCharsets.UTF_8)))
                : ProjectFiles.none();
    }

    /** One planned cibuildwheel step with resolved options, named as {@code wheels --json} names it. */
    private record PlannedStep(String job, int index, BuildStepPlan plan) {
    }

    private static List<PlannedStep> plannedSteps(Path workflow) throws Exception {
        WorkflowDocument document = WorkflowDocument.parse(Files.readString(workflow, StandardCharsets.UTF_8));
        WorkflowWheels wheels = new WorkflowWheels(new WheelPlanner(project(workflow)));
        List<PlannedStep> steps = new ArrayList<>();
        for (WorkflowJob job : document.jobs()) {
            for (WheelPlan plan : wheels.plan(document, job)) {
                for (BuildStepPlan step : plan.steps()) {
                    // The oracle asks only releases it has the source of: every modelled one.
                    if (step.tool() == BuildStepPlan.Tool.CIBUILDWHEEL && step.options().isPresent()
                            && step.release().filter(ReleaseModels.bundled()::knows).isPresent()) {
                        steps.add(new PlannedStep(plan.jobName(), step.stepIndex(), step));
                    }
                }
            }
        }
        return steps;
    }

    private static Map<String, Object> options(CibuildwheelOptions options) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("platform", options.platform().value());
        values.put("archs", options.archs().value());
        values.put("build", options.build().value());
        values.put("skip", options.skip().value());
        values.put("enable", options.enable().value());
        values.put("requires_python", options.requiresPython().map(ResolvedOption::value).orElse(null));
        return values;
    }

    private static Map<String, Object> options(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : List.of("platform", "archs", "build", "skip", "enable", "requires_python")) {
            values.put(key, node.get(key).isNull() ? null : node.get(key).asText());
        }
        return values;
    }

    private static List<String> identifiers(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("identifiers").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** Whether the plan says what cibuildwheel did: the same identifiers, or a failure with its message. */
    private static Optional<String> disagreement(BuildStepPlan plan, JsonNode answer) {
        List<String> planned = plan.identifiers().stream().map(BuildIdentifier::toString).toList();
        if (answer.has("error")) {
            String error = answer.get("error").asText();
            return plan.determination() == BuildStepPlan.Determination.FAILS && plan.reason().contains(error)
                    ? Optional.empty()
                    : Optional.of("cibuildwheel stops with '" + error + "'; Wheelhouse: " + plan.determination()
                    + " " + planned + " " + plan.reason());
        }
        List<String> printed = identifiers(answer);
        boolean emptyFails = printed.isEmpty() && plan.determination() == BuildStepPlan.Determination.FAILS
                && plan.reason().startsWith("no wheel matches");
        boolean same = printed.equals(planned) && (plan.determination() != BuildStepPlan.Determination.FAILS || emptyFails);
        return same ? Optional.empty() : Optional.of("cibuildwheel prints " + printed + "; Wheelhouse: "
                + plan.determination() + " " + planned + " " + plan.reason());
    }

    @Test
    void everyCibuildwheelStepOfEveryWorkflowBuildsWhatItsPinnedReleasePrints() throws Exception {
        Map<String, List<JsonNode>> rowsByWorkflow = new LinkedHashMap<>();
        for (JsonNode row : table("steps.json").get("steps")) {
            rowsByWorkflow.computeIfAbsent(row.get("folder").asText() + "/" + row.get("workflow").asText(),
                    k -> new ArrayList<>()).add(row);
        }
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, List<JsonNode>> workflow : rowsByWorkflow.entrySet()) {
            List<PlannedStep> planned = plannedSteps(resource(workflow.getKey()));
            List<JsonNode> rows = workflow.getValue();
            assertEquals(rows.size(), planned.size(), () -> workflow.getKey() + ": the table has " + rows.size()
                    + " steps, the plan " + planned.size() + "; regenerate it with tools/cibw-catalog/oracle.py");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                PlannedStep step = planned.get(i);
                String where = workflow.getKey() + " / " + step.job() + " / step " + step.index()
                        + " (cibuildwheel " + row.get("release").asText() + "): ";
                assertEquals(row.get("job").asText() + " #" + row.get("step").asInt(), step.job() + " #" + step.index(),
                        where);
                assertEquals(row.get("release").asText(), step.plan().release().orElseThrow().toString(), where);
                assertEquals(options(row.get("options")), options(step.plan().options().orElseThrow()),
                        () -> where + "the options cibuildwheel was asked with are not the plan's");
                disagreement(step.plan(), row.get("cibuildwheel")).ifPresent(d -> problems.add(where + d));
                compared++;
            }
        }
        assertTrue(compared >= 400, compared + " steps compared");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSampleWorkflowsAreAllInTheTable() throws Exception {
        JsonNode rows = table("steps.json").get("steps");
        for (Path workflow : dev.wheelhouse.testing.Samples.allWorkflowFiles()) {
            String name = workflow.getFileName().toString();
            long inTable = 0;
            for (JsonNode row : rows) {
                if (row.get("folder").asText().equals("samples/workflows") && row.get("workflow").asText().equals(name)) {
                    inTable++;
                }
            }
            assertEquals(plannedSteps(workflow).size(), inTable, name);
        }
    }

    /**
     * Each case of {@code releases.json} asked of every release from 2.0.0 on: the same variables on
     * the same runner, planned with the release's model and printed by the release.
     */
    @TestFactory
    Stream<DynamicTest> everyModelledReleaseAnswersTheFixedCasesAsItselfDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : table("releases.json").get("cases")) {
            Map<String, String> env = new LinkedHashMap<>();
            testCase.get("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            String runsOn = testCase.get("runs_on").asText();
            tests.add(DynamicTest.dynamicTest(testCase.get("id").asText(), () -> {
                List<String> problems = new ArrayList<>();
                int releases = 0;
                for (JsonNode result : testCase.get("results")) {
                    for (JsonNode release : result.get("releases")) {
                        RenderedStep step = RenderedStep.action(0, "pypa/cibuildwheel@v" + release.asText(), Map.of(),
                                Map.of());
                        RenderedJob job = new RenderedJob("wheels", "wheels", List.of(runsOn), env, List.of(step));
                        BuildStepPlan plan = new WheelPlanner(ProjectFiles.of(Map.of())).plan(job).steps().get(0);
                        disagreement(plan, result).ifPresent(d -> problems.add(release.asText() + ": " + d));
                        releases++;
                    }
                }
                assertEquals(ReleaseModels.bundled().releases().size(), releases, "every modelled release is asked");
                assertEquals(List.of(), problems);
            }));
        }
        return tests.stream();
    }
}
