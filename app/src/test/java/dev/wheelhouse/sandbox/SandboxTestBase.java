package dev.wheelhouse.sandbox;

import dev.wheelhouse.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;

import java.time.Instant;

/** A sandbox on a hand-moved clock, a client with its token, and the repository's API path. */
abstract class SandboxTestBase {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-06-02T22:30:00Z"));
    protected Sandbox sandbox;
    protected SandboxClient client;
    protected String repo;

    protected void start(SandboxConfig.Builder config) throws Exception {
        sandbox = Sandbox.start(config.clock(clock).build());
        client = new SandboxClient(sandbox.apiUrl(), sandbox.token());
        repo = "/repos/" + sandbox.repo();
    }

    /** Dispatches the release workflow on main and returns the new run's id. */
    protected long dispatchOnMain() throws Exception {
        return SandboxClient.parse(client.post(repo + "/actions/workflows/release.yml/dispatches",
                "{\"ref\":\"main\",\"return_run_details\":true}").body()).get("workflow_run_id").asLong();
    }

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
