package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.JsonShapes;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every recorded GitHub payload read into its record and written back keeps every member
 * name and JSON type: the records are complete, not a convenient subset.
 */
class PayloadRecordsTest {

    private static final ObjectMapper JSON = GitHubJson.mapper();

    static Stream<Arguments> recordings() {
        return Stream.of(
                Arguments.of("workflows-list.json", WorkflowList.class, List.of()),
                Arguments.of("workflow.json", Workflow.class, List.of()),
                // The 2024 list predates user_view_type on simple users (the 2026 run has it).
                Arguments.of("workflow-runs-list.json", WorkflowRunList.class, List.of(
                        "extra $.workflow_runs[].actor.user_view_type",
                        "extra $.workflow_runs[].triggering_actor.user_view_type",
                        "extra $.workflow_runs[].repository.owner.user_view_type",
                        "extra $.workflow_runs[].head_repository.owner.user_view_type")),
                Arguments.of("workflow-run-2026.json", WorkflowRun.class, List.of()),
                Arguments.of("run-jobs-list.json", JobList.class, List.of()),
                Arguments.of("job.json", Job.class, List.of()),
                Arguments.of("caches-list.json", ActionsCacheList.class, List.of()),
                Arguments.of("cache-usage.json", ActionsCacheUsage.class, List.of()),
                Arguments.of("user.json", User.class, List.of()),
                Arguments.of("repo.json", Repository.class, List.of()),
                Arguments.of("rate-limit.json", RateLimit.class, List.of()));
    }

    @ParameterizedTest(name = "{0} survives a round trip through {1}")
    @MethodSource("recordings")
    void aRecordedPayloadKeepsItsShapeThroughItsRecord(String file, Class<?> type,
                                                       List<String> expectedDifferences)
            throws Exception {
        JsonNode recorded = JSON.readTree(Files.readString(Samples.githubApi().resolve(file)));
        Object value = JSON.treeToValue(recorded, type);
        assertEquals(expectedDifferences, JsonShapes.differences(recorded, JSON.valueToTree(value)));
    }

    @Test
    void annotationsArriveAsABareArrayWithNullColumns() throws Exception {
        JsonNode recorded = JSON.readTree(Files.readString(Samples.githubApi().resolve("annotations.json")));
        CheckRunAnnotation[] annotations = JSON.treeToValue(recorded, CheckRunAnnotation[].class);
        assertEquals(2, annotations.length);
        assertNull(annotations[0].startColumn());
        assertEquals(List.of(), JsonShapes.differences(recorded, JSON.valueToTree(annotations)));
    }

    @Test
    void everyTimestampFormGitHubUsesReadsAsTheSameInstant() throws Exception {
        Workflow workflow = JSON.readValue(Samples.githubApi().resolve("workflow.json").toFile(),
                Workflow.class);
        assertEquals(Instant.parse("2021-03-17T09:33:32Z"), workflow.createdAt());
        ActionsCacheList caches = JSON.readValue(
                Samples.githubApi().resolve("caches-list.json").toFile(), ActionsCacheList.class);
        assertEquals(Instant.parse("2022-10-30T00:08:14.223333300Z"),
                caches.actionsCaches().get(0).lastAccessedAt());
        JobList jobs = JSON.readValue(Samples.githubApi().resolve("run-jobs-list.json").toFile(),
                JobList.class);
        assertEquals(Instant.parse("2023-02-17T16:03:46Z"), jobs.jobs().get(0).steps().get(0).startedAt());
    }

    @Test
    void aForkCarriesItsParentWhileTheParentLeavesOutTheSettingsFields() throws Exception {
        Repository repo = JSON.readValue(Samples.githubApi().resolve("repo.json").toFile(),
                Repository.class);
        JsonNode parent = JSON.valueToTree(repo).get("parent");
        assertEquals("hub4j/github-api", repo.parent().fullName());
        assertEquals(false, parent.has("permissions"));
        assertEquals(false, parent.has("parent"));
    }

    @Test
    void recordedErrorBodiesReadIntoErrorBodyAndWriteBackUnchanged() throws Exception {
        for (String body : List.of(
                "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://developer.github.com/v3\"}",
                "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest/repos/autolinks#get-an-autolink-reference-of-a-repository\",\"status\":\"404\"}",
                "{\"message\":\"Required input 'mandatory-parameter' not provided\",\"documentation_url\":\"https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event\"}")) {
            ErrorBody error = JSON.readValue(body, ErrorBody.class);
            assertEquals(JSON.readTree(body), JSON.valueToTree(error));
        }
    }

    @Test
    void aDispatchRequestLeavesOutReturnRunDetailsUnlessAskedFor() throws Exception {
        assertEquals("{\"ref\":\"main\",\"inputs\":{\"parameter\":\"value\"}}",
                JSON.writeValueAsString(new WorkflowDispatchRequest("main",
                        java.util.Map.of("parameter", "value"), null)));
        assertEquals("{\"ref\":\"main\",\"return_run_details\":true}",
                JSON.writeValueAsString(new WorkflowDispatchRequest("main", null, true)));
    }
}
