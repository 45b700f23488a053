package dev.wheelhouse.cli;

import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchCommandTest {

    private static final String DEPLOY = """
            name: Deploy
            on:
              workflow_dispatch:
                inputs:
                  target:
                    type: environment
                    required: true
            jobs:
              t:
                runs-on: ubuntu-latest
                environment: ${{ inputs.target }}
                steps:
                  - run: echo deploying
            """;

    private final SandboxSession session = SandboxSession.start(b -> b.workflow("inputs.yml", TestWorkflows.WITH_INPUTS)
            .workflow("deploy.yml", DEPLOY));

    @AfterEach
    void stop() {
        session.close();
    }

    private CliRun run(String token, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DispatchCommand(new DispatchCommand.Setup() {
            @Override
            public Optional<ResolvedToken> token(ApiEndpoint endpoint) {
                return Optional.ofNullable(token).map(t -> new ResolvedToken(GitHubToken.of(t), TokenSource.GH_ENTERPRISE_TOKEN));
            }

            @Override
            public String noTokenMessage(ApiEndpoint endpoint) {
                return "No GitHub token found for " + endpoint.webHost() + ".";
            }

            @Override
            public ClientOptions options() {
                return session.options();
            }
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new CliRun(cli.execute(args), out.toString(), err.toString());
    }

    private String[] args(String... more) {
        String[] base = {"--repo", "wheelhouse-demo/satkit", "--api", session.sandbox().apiUrl()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void jsonOutputIsTheRunIdAndItsPage() {
        CliRun run = run(session.sandbox().token(), args("--workflow", "inputs.yml", "--ref", "main", "-f", "level=high",
                "--json"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("\\{\"run_id\":\\d+,\"html_url\":\"" + session.sandbox().apiUrl()
                + "/wheelhouse-demo/satkit/actions/runs/\\d+\"}\\R"), run.out());
    }

    @Test
    void anEnvironmentInputIsCheckedAgainstTheRepositorysEnvironments() {
        CliRun unknown = run(session.sandbox().token(), args("--workflow", "deploy.yml", "--ref", "main",
                "-f", "target=staging"));
        CliRun known = run(session.sandbox().token(), args("--workflow", "deploy.yml", "--ref", "main",
                "-f", "target=PyPiPublish"));

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'target' names the environment 'staging', which the repository does not have "
                + "(it has crates-io, PyPiPublish)."), unknown.err());
        assertEquals(0, known.exitCode(), known.err());
    }

    @Test
    void plainOutputNamesTheRunAndTheWorkflowMayBeGivenById() {
        long id = session.client().workflows(session.repo()).stream().filter(w -> w.fileName().equals("release.yml"))
                .findFirst().orElseThrow().id();

        CliRun run = run(session.sandbox().token(), args("--workflow", Long.toString(id), "--ref", "main"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Dispatched " + id + " on main: run "), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals("wheelhouse dispatch: \"satkit\" is not a repository name. Use OWNER/NAME, e.g. pyo3/maturin.\n",
                run(session.sandbox().token(), "--repo", "satkit", "--workflow", "release.yml", "--ref", "main").err());
        CliRun badField = run(session.sandbox().token(), args("--workflow", "inputs.yml", "--ref", "main", "-f", "level"));
        assertEquals(2, badField.exitCode());
        assertEquals("wheelhouse dispatch: -f level is not KEY=VALUE. Write e.g. -f debug=true.\n", badField.err());
        CliRun badValue = run(session.sandbox().token(), args("--workflow", "inputs.yml", "--ref", "main", "-f", "level=mid"));
        assertEquals(2, badValue.exitCode());
        assertEquals("wheelhouse dispatch: Not dispatched: 'level' must be one of low, high; 'mid' is not.\n", badValue.err());
        CliRun noToken = run(null, args("--workflow", "release.yml", "--ref", "main"));
        assertEquals(2, noToken.exitCode());
        assertEquals(2, run(session.sandbox().token(), "--repo", "o/r").exitCode());
    }

    /** What the user named wrongly, a ref or a token, exits 2 as a missing token does: fix the command, not GitHub. */
    @Test
    void aMissingRefOrARejectedTokenExitsTwo() {
        CliRun missingRef = run(session.sandbox().token(), args("--workflow", "release.yml", "--ref", "no-such-branch"));
        assertEquals(2, missingRef.exitCode());
        assertTrue(missingRef.err().startsWith("wheelhouse dispatch: GitHub found no file .github/workflows/release.yml at "
                + "no-such-branch in wheelhouse-demo/satkit (404)"), missingRef.err());
        CliRun badToken = run("ghp_" + "B".repeat(36), args("--workflow", "release.yml", "--ref", "main"));
        assertEquals(2, badToken.exitCode());
        assertTrue(badToken.err().startsWith("wheelhouse dispatch: GitHub rejected the token (401 Bad credentials)"), badToken.err());
    }
}
