package dev.wheelhouse.sandbox;

import dev.wheelhouse.testing.MutableClock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.testing.JsonShapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint's answer has the member names and JSON types of the recorded GitHub payloads
 * (samples/github-api). Where a recording is older than the current shape, the expected
 * differences are listed with the reason.
 */
class SandboxPayloadShapesTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-02T22:30:00Z"));
    private static Sandbox sandbox;
    private static SandboxClient client;
    private static String repo;
    private static long runId;
    private static long macJobId;

    @BeforeAll
    static void runOneRelease() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.builder().clock(CLOCK).build());
        client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
        repo = "/repos/" + sandbox.repo();
        HttpResponse<String> dispatched = client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"main\",\"return_run_details\":true}");
        runId = SandboxClient.parse(dispatched.body()).get("workflow_run_id").asLong();
        CLOCK.advance(Duration.ofMinutes(30));
        for (JsonNode job : client.json(repo + "/actions/runs/" + runId + "/jobs?per_page=100").get("jobs")) {
            if (job.get("name").asText().equals("build wheels (macos-latest cp312)")) {
                macJobId = job.get("id").asLong();
            }
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static void assertShape(String recording, JsonNode ours, List<String> expected) throws Exception {
        assertEquals(expected, JsonShapes.differences(Recordings.body(recording), ours));
    }

    @Test
    void authenticatedUser() throws Exception {
        assertShape("user.json", client.json("/user"), List.of());
    }

    @Test
    void repository() throws Exception {
        // The recorded repository is a fork; ours is not, and GitHub leaves parent/source out then.
        assertShape("repo.json", client.json(repo), List.of("missing $.parent", "missing $.source"));
    }

    @Test
    void rateLimit() throws Exception {
        assertShape("rate-limit.json", client.json("/rate_limit"), List.of());
    }

    @Test
    void workflowsAndOneWorkflow() throws Exception {
        assertShape("workflows-list.json", client.json(repo + "/actions/workflows"), List.of());
        assertShape("workflow.json", client.json(repo + "/actions/workflows/release.yml"), List.of());
    }

    @Test
    void runsListAndOneRun() throws Exception {
        // The 2024 list predates user_view_type on simple users; the 2026 run has it.
        assertShape("workflow-runs-list.json", client.json(repo + "/actions/runs"), List.of(
                "extra $.workflow_runs[].actor.user_view_type",
                "extra $.workflow_runs[].triggering_actor.user_view_type",
                "extra $.workflow_runs[].repository.owner.user_view_type",
                "extra $.workflow_runs[].head_repository.owner.user_view_type"));
        assertShape("workflow-run-2026.json", client.json(repo + "/actions/runs/" + runId), List.of());
        assertShape("workflow-run-2026.json", client.json(repo + "/actions/runs/" + runId + "/attempts/1"), List.of());
    }

    @Test
    void jobsListAndOneJob() throws Exception {
        assertShape("run-jobs-list.json", client.json(repo + "/actions/runs/" + runId + "/jobs"), List.of());
        assertShape("job.json", client.json(repo + "/actions/jobs/" + macJobId), List.of());
    }

    @Test
    void checkRunAnnotations() throws Exception {
        JsonNode annotations = client.json(repo + "/check-runs/" + macJobId + "/annotations");
        assertEquals(1, annotations.size());
        assertShape("annotations.json", annotations, List.of());
    }

    @Test
    void cachesAndUsage() throws Exception {
        assertShape("caches-list.json", client.json(repo + "/actions/caches"), List.of());
        assertShape("cache-usage.json", client.json(repo + "/actions/cache/usage"), List.of());
    }

    /**
     * No recording of these two exists; the expected shapes are the examples of GitHub's REST
     * docs (https://docs.github.com/rest/deployments/environments#list-environments, a
     * branch-policy rule and a custom branch policy as PyPiPublish has; and
     * https://docs.github.com/rest/repos/repos#list-repository-tags), values replaced.
     */
    @Test
    void environmentsAndTagsHaveTheDocumentedShapes() throws Exception {
        JsonNode environments = SandboxClient.parse("""
                {"total_count": 1, "environments": [{"id": 1, "node_id": "n", "name": "x", "url": "u", "html_url": "h",
                  "created_at": "2020-11-23T22:00:40Z", "updated_at": "2020-11-23T22:00:40Z", "can_admins_bypass": true,
                  "protection_rules": [{"id": 3, "node_id": "n", "type": "branch_policy"}],
                  "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}]}""");
        JsonNode tags = SandboxClient.parse("""
                [{"name": "v0.1", "commit": {"sha": "c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc", "url": "u"},
                  "zipball_url": "z", "tarball_url": "t", "node_id": "n"}]""");

        JsonNode ours = client.json(repo + "/environments");
        // Rules differ by type: each of ours against the recorded rule of its type (PyGithub, 2022, all three).
        JsonNode recordedRules = Recordings.body("environments-list.json").get("environments").get(0).get("protection_rules");
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (JsonNode environment : ours.get("environments")) {
            for (JsonNode rule : environment.get("protection_rules")) {
                String type = rule.get("type").asText();
                types.add(type);
                JsonNode recorded = java.util.stream.StreamSupport.stream(recordedRules.spliterator(), false)
                        .filter(r -> r.get("type").asText().equals(type)).findFirst().orElseThrow();
                // prevent_self_review and a user's user_view_type came after the 2022 recording.
                assertEquals(type.equals("required_reviewers")
                                ? List.of("extra $.reviewers[].reviewer.user_view_type", "extra $.prevent_self_review")
                                : List.of(),
                        JsonShapes.differences(recorded, rule), type);
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) environment).putArray("protection_rules")
                    .addObject().put("id", 3).put("node_id", "n").put("type", "branch_policy");
        }
        assertEquals(java.util.Set.of("branch_policy", "required_reviewers", "wait_timer"), types);

        assertEquals(List.of(), JsonShapes.differences(environments, ours));
        assertEquals("PyPiPublish", ours.get("environments").get(1).get("name").asText());
        assertEquals(List.of(), JsonShapes.differences(tags, client.json(repo + "/tags")));
    }

    @Test
    void errorBodies() throws Exception {
        HttpResponse<String> badToken = client.as("ghp_notAToken000000000000000000000000000").get("/rate_limit");
        assertEquals(401, badToken.statusCode());
        // The 2020 recording predates the status member that current error bodies carry.
        assertEquals(List.of("extra $.status"), JsonShapes.differences(
                Recordings.mappingBody("error-401.mapping.json"), SandboxClient.parse(badToken.body())));
        HttpResponse<String> missing = client.get(repo + "/actions/runs/1");
        assertEquals(404, missing.statusCode());
        assertEquals(List.of(), JsonShapes.differences(Recordings.mappingBody("error-404.mapping.json"),
                SandboxClient.parse(missing.body())));
    }
}
