package dev.wheelhouse.github.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The recorded artifact, environment and deployment payloads (and GitHub's documentation examples where nothing was
 * recorded) read into their records and written back keep every member name and JSON type.
 */
class ReleasePayloadRecordsTest {

    private static final ObjectMapper JSON = GitHubJson.mapper();

    private static JavaType type(TypeReference<?> reference) {
        return JSON.getTypeFactory().constructType(reference);
    }

    static Stream<Arguments> recordings() {
        JavaType artifactList = JSON.getTypeFactory().constructType(ArtifactList.class);
        return Stream.of(
                Arguments.of("artifacts-run-list.json", artifactList, List.of()),
                Arguments.of("artifacts-list.json", artifactList, List.of()),
                Arguments.of("artifacts-list-by-name.json", artifactList, List.of()),
                Arguments.of("artifacts-list.openapi.json", artifactList, List.of()),
                Arguments.of("artifact.json", JSON.getTypeFactory().constructType(Artifact.class), List.of()),
                // The 2022 environment predates can_admins_bypass, which the record always writes; its rules differ
                // by type, and each is compared with the first (branch_policy), so the later types' members show.
                Arguments.of("environments-list.json", JSON.getTypeFactory().constructType(EnvironmentList.class),
                        List.of("extra $.environments[].protection_rules[].reviewers",
                                "extra $.environments[].protection_rules[].wait_timer",
                                "extra $.environments[].can_admins_bypass")),
                Arguments.of("environments-list-2023.json", JSON.getTypeFactory().constructType(EnvironmentList.class),
                        List.of()),
                Arguments.of("environment.json", JSON.getTypeFactory().constructType(DeploymentEnvironment.class),
                        List.of("extra $.protection_rules[].reviewers", "extra $.protection_rules[].wait_timer",
                                "extra $.can_admins_bypass")),
                // A Team reviewer is read as a user (its name, slug, … are not kept), and the example's user
                // predates user_view_type.
                Arguments.of("pending-deployments.openapi.json", type(new TypeReference<List<PendingDeployment>>() { }),
                        List.of("extra $[].reviewers[].reviewer.user_view_type")),
                Arguments.of("run-approvals.openapi.json", type(new TypeReference<List<EnvironmentApproval>>() { }),
                        List.of("extra $[].user.user_view_type")),
                Arguments.of("pending-deployments-review.openapi.json", type(new TypeReference<List<Deployment>>() { }),
                        List.of("extra $[].creator.user_view_type")));
    }

    @ParameterizedTest(name = "{0} survives a round trip")
    @MethodSource("recordings")
    void aRecordedPayloadKeepsItsShapeThroughItsRecord(String file, JavaType type, List<String> expectedDifferences)
            throws Exception {
        JsonNode recorded = JSON.readTree(Files.readString(Samples.githubApi().resolve(file)));
        Object value = JSON.readValue(JSON.treeAsTokens(recorded), type);
        assertEquals(expectedDifferences, JsonShapes.differences(recorded, JSON.valueToTree(value)));
    }

    @Test
    void anArtifactWithoutDigestHasNoSha256AndTheDocumentedOneHasIt() throws Exception {
        Artifact recorded = JSON.readValue(Files.readString(Samples.githubApi().resolve("artifact.json")), Artifact.class);
        assertNull(recorded.digest());
        assertFalse(recorded.sha256().isPresent());
        assertEquals(Instant.parse("2024-05-13T20:55:47Z"), recorded.expiresAt());
        assertEquals(7892624040L, recorded.workflowRun().id());
        ArtifactList documented = JSON.readValue(Files.readString(Samples.githubApi().resolve("artifacts-list.openapi.json")),
                ArtifactList.class);
        assertEquals("cfc3236bdad15b5898bca8408945c9e19e1917da8704adc20eaa618444290a8c",
                documented.artifacts().get(0).sha256().orElseThrow());
    }

    @Test
    void environmentRulesKeepTheirTypeSpecificMembers() throws Exception {
        EnvironmentList list = JSON.readValue(Files.readString(Samples.githubApi().resolve("environments-list.json")),
                EnvironmentList.class);
        List<DeploymentEnvironment.ProtectionRule> rules = list.environments().get(0).protectionRules();
        assertEquals(List.of("branch_policy", "required_reviewers", "wait_timer"),
                rules.stream().map(DeploymentEnvironment.ProtectionRule::type).toList());
        assertEquals("alson", rules.get(1).reviewers().get(0).reviewer().login());
        assertEquals(15, rules.get(2).waitTimer());
    }
}
