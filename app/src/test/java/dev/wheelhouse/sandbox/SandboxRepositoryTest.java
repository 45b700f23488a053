package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.testing.JsonShapes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files, branches and dispatch validation against the file at the dispatched ref. */
class SandboxRepositoryTest extends SandboxTestBase {

    private static final String WORKFLOW = ".github/workflows/release.yml";
    private static final String NO_TRIGGER = "name: Nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n"
            + "  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n";

    @BeforeEach
    void start() throws Exception {
        start(SandboxConfig.builder().workflow("nightly.yml", NO_TRIGGER));
    }

    private static String seeded(String path) throws Exception {
        try (InputStream in = SandboxRepositoryTest.class.getResourceAsStream("/wheelhouse/samples/satkit/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JsonNode file(String path, String ref) throws Exception {
        return client.json(repo + "/contents/" + path + "?ref=" + ref);
    }

    private static String decode(JsonNode file) {
        return new String(Base64.getMimeDecoder().decode(file.get("content").asText()), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> put(String path, String text, String sha, String branch) throws Exception {
        String body = "{\"message\":\"Edit " + path + "\",\"content\":\""
                + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\""
                + (sha == null ? "" : ",\"sha\":\"" + sha + "\"") + (branch == null ? "" : ",\"branch\":\"" + branch + "\"") + "}";
        return client.put(repo + "/contents/" + path, body);
    }

    private void branch(String name) throws Exception {
        String main = client.json(repo + "/git/ref/heads/main").at("/object/sha").asText();
        assertEquals(201, client.post(repo + "/git/refs", "{\"ref\":\"refs/heads/" + name + "\",\"sha\":\"" + main + "\"}").statusCode());
    }

    private HttpResponse<String> dispatch(String workflow, String body) throws Exception {
        return client.post(repo + "/actions/workflows/" + workflow + "/dispatches", body);
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return SandboxClient.parse(response.body()).get("message").asText();
    }

    @Test
    void theSeededWorkflowReadsBackByteForByteWithGitsBlobSha() throws Exception {
        JsonNode file = file(WORKFLOW, "main");
        assertEquals(seeded(WORKFLOW), decode(file));
        assertEquals("base64", file.get("encoding").asText());
        assertEquals(40, file.get("sha").asText().length());
        assertEquals(2, client.json(repo + "/actions/workflows").get("total_count").asInt());
    }

    @Test
    void anUpdateNeedsTheCurrentShaAndAStaleOneIsAConflict() throws Exception {
        branch("edit");
        String sha = file(WORKFLOW, "edit").get("sha").asText();
        String edited = seeded(WORKFLOW).replace("- cp314", "- cp314\n          - cp315");
        HttpResponse<String> missingSha = put(WORKFLOW, edited, null, "edit");
        assertEquals(422, missingSha.statusCode());
        assertEquals("Invalid request.\n\n\"sha\" wasn't supplied.", message(missingSha));
        HttpResponse<String> ok = put(WORKFLOW, edited, sha, "edit");
        assertEquals(200, ok.statusCode());
        JsonNode commit = SandboxClient.parse(ok.body());
        assertEquals(List.of(), JsonShapes.differences(SandboxClient.parse(
                "{\"content\":{\"name\":\"\",\"path\":\"\",\"sha\":\"\",\"size\":1,\"url\":\"\",\"html_url\":\"\",\"git_url\":\"\","
                        + "\"download_url\":\"\",\"type\":\"\",\"_links\":{\"self\":\"\",\"git\":\"\",\"html\":\"\"}},"
                        + "\"commit\":{\"sha\":\"\",\"node_id\":\"\",\"url\":\"\",\"html_url\":\"\",\"author\":{\"name\":\"\",\"email\":\"\",\"date\":\"\"},"
                        + "\"committer\":{\"name\":\"\",\"email\":\"\",\"date\":\"\"},\"message\":\"\",\"tree\":{\"sha\":\"\",\"url\":\"\"},"
                        + "\"parents\":[{\"sha\":\"\",\"url\":\"\",\"html_url\":\"\"}],\"verification\":{\"verified\":false,\"reason\":\"\","
                        + "\"signature\":null,\"payload\":null,\"verified_at\":null}}}"), commit),
                "the file-commit shape of the REST docs");
        HttpResponse<String> stale = put(WORKFLOW, edited + "# again\n", sha, "edit");
        assertEquals(409, stale.statusCode());
        assertEquals(WORKFLOW + " does not match " + sha, message(stale));
        assertEquals(edited, decode(file(WORKFLOW, "edit")));
        assertEquals(seeded(WORKFLOW), decode(file(WORKFLOW, "main")), "main is untouched");
    }

    @Test
    void aTokenWithoutTheWorkflowScopeCannotWriteWorkflowFilesButOthers() throws Exception {
        SandboxClient noWorkflow = client.as(sandbox.issueToken(Set.of("repo")));
        String sha = file(WORKFLOW, "main").get("sha").asText();
        HttpResponse<String> refused = noWorkflow.put(repo + "/contents/" + WORKFLOW,
                "{\"message\":\"x\",\"content\":\"eA==\",\"sha\":\"" + sha + "\"}");
        assertEquals(404, refused.statusCode());
        assertEquals("Not Found", message(refused));
        assertEquals("repo", refused.headers().firstValue("X-OAuth-Scopes").orElseThrow());
        HttpResponse<String> other = noWorkflow.put(repo + "/contents/docs/notes.md", "{\"message\":\"x\",\"content\":\"eA==\"}");
        assertEquals(201, other.statusCode());
    }

    @Test
    void branchesAreListedAndAnExistingRefCannotBeCreatedTwice() throws Exception {
        branch("wheels");
        JsonNode branches = client.json(repo + "/branches");
        assertEquals(2, branches.size());
        assertEquals("wheels", client.json(repo + "/branches/wheels").get("name").asText());
        assertEquals(404, client.get(repo + "/branches/nope").statusCode());
        String main = client.json(repo + "/git/ref/heads/main").at("/object/sha").asText();
        HttpResponse<String> again = client.post(repo + "/git/refs", "{\"ref\":\"refs/heads/wheels\",\"sha\":\"" + main + "\"}");
        assertEquals(422, again.statusCode());
        assertEquals("Reference already exists", message(again));
    }

    @Test
    void aWorkflowWithoutADispatchTriggerIsRefusedInGitHubsWords() throws Exception {
        HttpResponse<String> r = dispatch("nightly.yml", "{\"ref\":\"main\"}");
        assertEquals(422, r.statusCode());
        assertEquals("Workflow does not have 'workflow_dispatch' trigger", message(r));
        // The 2024 body (PyGithub replay) has no status member yet.
        assertEquals(List.of("extra $.status"), JsonShapes.differences(
                Recordings.replayBody("error-422-dispatch-no-trigger.replay.txt", 3), SandboxClient.parse(r.body())));
    }

    @Test
    void inputsAreCheckedAgainstTheFileAtTheDispatchedRef() throws Exception {
        branch("inputs");
        String sha = file(WORKFLOW, "inputs").get("sha").asText();
        String withInputs = seeded(WORKFLOW).replace("  workflow_dispatch:\n",
                "  workflow_dispatch:\n    inputs:\n      channel:\n        required: true\n        type: choice\n"
                        + "        options: [stable, nightly]\n      dry-run:\n        type: boolean\n        default: true\n");
        assertEquals(200, put(WORKFLOW, withInputs, sha, "inputs").statusCode());

        HttpResponse<String> missing = dispatch("release.yml", "{\"ref\":\"inputs\"}");
        assertEquals(422, missing.statusCode());
        assertEquals("Required input 'channel' not provided", message(missing));
        assertEquals(List.of("extra $.status"), JsonShapes.differences(
                Recordings.replayBody("error-422-dispatch-missing-input.replay.txt", 3), SandboxClient.parse(missing.body())));
        HttpResponse<String> unexpected = dispatch("release.yml", "{\"ref\":\"inputs\",\"inputs\":{\"channel\":\"stable\",\"flavour\":\"x\"}}");
        assertEquals("Unexpected inputs provided: [\"flavour\"]", message(unexpected));
        HttpResponse<String> notAnOption = dispatch("release.yml", "{\"ref\":\"inputs\",\"inputs\":{\"channel\":\"beta\"}}");
        assertEquals("Provided value 'beta' for input 'channel' not in the list of allowed values", message(notAnOption));
        assertEquals(204, dispatch("release.yml", "{\"ref\":\"inputs\",\"inputs\":{\"channel\":\"stable\"}}").statusCode());
        HttpResponse<String> onMain = dispatch("release.yml", "{\"ref\":\"main\",\"inputs\":{\"channel\":\"stable\"}}");
        assertEquals("Unexpected inputs provided: [\"channel\"]", message(onMain), "main's file declares no inputs");
    }

    @Test
    void aDispatchNeedsAnExistingRefAndAnswers204UnlessRunDetailsAreAsked() throws Exception {
        HttpResponse<String> unknown = dispatch("release.yml", "{\"ref\":\"nowhere\"}");
        assertEquals(422, unknown.statusCode());
        assertEquals("No ref found for: nowhere", message(unknown));
        HttpResponse<String> plain = dispatch("release.yml", "{\"ref\":\"main\"}");
        assertEquals(204, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").isEmpty());
        HttpResponse<String> byId = dispatch(Long.toString(client.json(repo + "/actions/workflows/release.yml").get("id").asLong()),
                "{\"ref\":\"refs/heads/main\",\"return_run_details\":true}");
        assertEquals(200, byId.statusCode());
        JsonNode details = SandboxClient.parse(byId.body());
        assertEquals(client.json(repo + "/actions/runs").at("/workflow_runs/0/id").asLong(), details.get("workflow_run_id").asLong());
        HttpResponse<String> newer = dispatch("release.yml", "{\"ref\":\"main\"}");
        assertEquals(204, newer.statusCode());
        assertEquals(200, client.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\"}",
                "X-GitHub-Api-Version", "2026-03-10").statusCode(), "API 2026-03-10 always returns the run");
        assertEquals(404, dispatch("missing.yml", "{\"ref\":\"main\"}").statusCode());
        assertEquals(400, dispatch("release.yml", "not json").statusCode());
    }
}
