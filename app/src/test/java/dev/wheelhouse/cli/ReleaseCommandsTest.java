package dev.wheelhouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.http.FaultPlan;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code release check|approve|reject} driven to their end over real HTTP against the sandbox, as a script would. */
class ReleaseCommandsTest {

    private SandboxSession session;
    private String token;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private long tagRelease(UnaryOperator<SandboxConfig.Builder> config) {
        session = SandboxSession.start(config);
        token = session.sandbox().token();
        long run = session.client().dispatch(session.repo(), "release.yml", "v0.9.0", Map.of(), true).runId().orElseThrow();
        session.clock().advance(java.time.Duration.ofMinutes(40));
        return run;
    }

    static ClientSetup setup(SandboxSession session, String token, ClientOptions options) {
        return new ClientSetup() {
            @Override
            public Optional<ResolvedToken> token(ApiEndpoint endpoint) {
                return Optional.ofNullable(token).map(t -> new ResolvedToken(GitHubToken.of(t), TokenSource.GH_TOKEN));
            }

            @Override
            public String noTokenMessage(ApiEndpoint endpoint) {
                return "No GitHub token found for " + endpoint.webHost() + ": set GH_TOKEN.";
            }

            @Override
            public ClientOptions options() {
                return options;
            }
        };
    }

    private CliRun release(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ReleaseCommand.commandLine(setup(session, token, session.options()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (args.length > 0 && !args[0].startsWith("-")) {
            all.addAll(1, List.of("--api", session.sandbox().apiUrl()));
        }
        return new CliRun(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private Job publishJob(long run) {
        return session.client().jobs(session.repo(), run).stream().filter(j -> j.name().equals("publish to PyPI"))
                .findFirst().orElseThrow();
    }

    @Test
    void aCleanTagReleaseChecksOutAndApprovingLetsThePublishJobRunAndSucceed() throws Exception {
        long run = tagRelease(UnaryOperator.identity());
        CliRun check = release("check", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run));
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err());
        assertTrue(check.out().contains("Produced: 20 artifacts, 25 wheels, 1 sdist"), check.out());
        assertTrue(check.out().contains("publish to PyPI (environment PyPiPublish) would upload 26 files from 20 artifacts"),
                check.out());
        assertTrue(check.out().endsWith("Ready: nothing is missing or wrong.\n"), check.out());

        JsonNode json = new ObjectMapper().readTree(release("check", "--repo", "wheelhouse-demo/satkit", "--run",
                String.valueOf(run), "--json").out());
        assertTrue(json.get("ready").asBoolean());
        assertEquals("v0.9.0", json.get("run").get("tag").asText());
        assertEquals("0.9.0", json.get("expected").get("version").asText());
        assertEquals(25, json.get("expected").get("wheels").asInt());
        assertEquals(20, json.get("artifacts").size());
        assertEquals(20, json.get("cells").size());
        assertEquals(26, json.get("publish").get("files").size());
        assertEquals(0, json.get("findings").size());

        assertEquals("waiting", publishJob(run).status());
        CliRun approve = release("approve", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run),
                "--comment", "25 wheels and the sdist checked");
        assertEquals(0, approve.exitCode(), approve.err());
        assertEquals("Approved PyPiPublish for run " + run + ": publish to PyPI will run.\n", approve.out());
        session.clock().advance(java.time.Duration.ofMinutes(10));
        Job publish = publishJob(run);
        assertEquals("completed", publish.status());
        assertEquals("success", publish.conclusion());
        assertEquals("25 wheels and the sdist checked",
                session.client().release().approvals(session.repo(), run).get(0).comment());

        CliRun again = release("approve", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run));
        assertEquals(1, again.exitCode());
        assertEquals("wheelhouse release approve: Run " + run + " waits for no deployment review.\n", again.err());
    }

    @Test
    void rejectingFailsThePublishJob() {
        long run = tagRelease(UnaryOperator.identity());
        CliRun reject = release("reject", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run),
                "--environment", "PyPiPublish", "--comment", "cp314 wheel missing");
        assertEquals(0, reject.exitCode(), reject.err());
        assertEquals("Rejected PyPiPublish for run " + run + ": publish to PyPI will fail.\n", reject.out());
        session.clock().advance(java.time.Duration.ofMinutes(2));
        assertEquals("failure", publishJob(run).conclusion());
    }

    @Test
    void aReviewerWhoMayNotReviewGetsGitHubsRefusalOnOneLine() {
        long run = tagRelease(UnaryOperator.identity());
        token = session.sandbox().issueToken("octo-helper", Set.of("repo"));
        CliRun refused = release("approve", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run));
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("No pending deployment requests to approve or reject"), refused.err());
        assertEquals("waiting", publishJob(run).status());
    }

    @Test
    void anEnvironmentTheRunDoesNotWaitForIsNamedWithTheOnesItDoes() {
        long run = tagRelease(UnaryOperator.identity());
        CliRun wrong = release("approve", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run),
                "--environment", "crates-io");
        assertEquals(1, wrong.exitCode());
        assertEquals("wheelhouse release approve: Run " + run + " does not wait for environment crates-io; it waits for PyPiPublish.\n",
                wrong.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "build wheels (windows-latest cp312)=expired | artifact-expired | build wheels (windows-latest cp312)",
            "build wheels (ubuntu-latest cp314)=wrong-interpreter | wrong-interpreter | build wheels (ubuntu-latest cp314)",
            "build wheels (macos-latest cp311)=no-files | artifact-missing | build wheels (macos-latest cp311)",
            "build wheels (windows-latest cp310)=duplicate-file | duplicate-file | build wheels (windows-latest cp310)"})
    void aFaultExits1NamingTheFindingAndTheCell(String fault, String kind, String job) throws Exception {
        long run = tagRelease(c -> c.releaseFaults(List.of(ReleaseFaultRule.parse(fault))));
        CliRun check = release("check", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run), "--json");
        assertEquals(1, check.exitCode(), check.err());
        JsonNode findings = new ObjectMapper().readTree(check.out()).get("findings");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(kind, findings.get(0).get("kind").asText());
        assertEquals(job, findings.get(0).get("job").asText());
        assertEquals("error", findings.get(0).get("severity").asText());
        CliRun text = release("check", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run));
        assertTrue(text.out().contains("✘ " + kind + ": ") && text.out().endsWith("1 finding is open.\n"), text.out());
    }

    @Test
    void usageAndUnreadableInputExit2WithOneLine() {
        tagRelease(UnaryOperator.identity());
        CliRun badRepo = release("check", "--repo", "satkit", "--run", "1");
        assertEquals(2, badRepo.exitCode());
        assertEquals(1, badRepo.err().lines().count(), badRepo.err());
        CliRun noRun = release("check", "--repo", "wheelhouse-demo/satkit", "--run", "999999");
        assertEquals(2, noRun.exitCode());
        assertEquals(1, noRun.err().lines().count(), noRun.err());
        CliRun notAFolder = release("check", "--repo", "wheelhouse-demo/satkit", "--run", "1", "--project", "/no/such");
        assertEquals(2, notAFolder.exitCode());
        assertEquals("wheelhouse release check: --project /no/such is not a folder.\n", notAFolder.err());
        token = null;
        CliRun noToken = release("approve", "--repo", "wheelhouse-demo/satkit", "--run", "1");
        assertEquals(2, noToken.exitCode());
        assertTrue(noToken.err().startsWith("wheelhouse release approve: No GitHub token found"), noToken.err());
        CliRun bare = release();
        assertEquals(2, bare.exitCode());
        assertEquals(1, bare.err().lines().count(), bare.err());
    }

    @Test
    void aBlobHostThatCutsEveryDownloadShortIsUnreadableInputNotAFinding() {
        long run = tagRelease(c -> c.faults(new FaultPlan(0, 0, 0, 0, 0, java.time.Duration.ZERO, 1.0)));
        CliRun check = release("check", "--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run));
        assertEquals(2, check.exitCode(), check.out());
        assertEquals(1, check.err().lines().count(), check.err());
        assertTrue(check.err().contains("broke off") && check.err().contains("Try again"), check.err());
        assertFalse(check.err().contains(token), "the token is never shown");
    }
}
