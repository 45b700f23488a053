package dev.wheelhouse.ui;

import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.GitHubCli;
import dev.wheelhouse.github.KeychainSecretStore;
import dev.wheelhouse.github.TokenResolver;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.http.FaultPlan;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The app's connection, wired to the real token sources and the embedded sandbox. */
final class Connections {

    /** The demo runs a release in about a minute (a real one takes about twelve). */
    static final double DEMO_SPEED = 10;

    private Connections() {
    }

    static ConnectionManager create(AppContext context) {
        Environment environment = Environment.system();
        TokenResolver tokens = new TokenResolver(environment, new GitHubCli(environment, Duration.ofSeconds(5)),
                KeychainSecretStore.system());
        double speed = Double.parseDouble(System.getProperty("wheelhouse.sandbox.speed", String.valueOf(DEMO_SPEED)));
        List<FailureRule> failures = failures(System.getProperty("wheelhouse.sandbox.failures", ""));
        // -Dwheelhouse.sandbox.flaky=true: the sandbox fails requests as issue 6's reliability walk asks.
        FaultPlan faults = Boolean.getBoolean("wheelhouse.sandbox.flaky") ? FaultPlan.FLAKY : FaultPlan.NONE;
        List<ReleaseFaultRule> releaseFaults = releaseFaults(System.getProperty("wheelhouse.sandbox.releaseFaults", ""));
        return new ConnectionManager(context.executor(), tokens,
                () -> Sandbox.start(SandboxConfig.builder().speed(speed).failures(failures).faults(faults)
                        .releaseFaults(releaseFaults).build()),
                new ConnectionSettings(context.settings()), ClientOptions.defaults());
    }

    /**
     * {@code -Dwheelhouse.sandbox.releaseFaults=PATTERN=KIND;…} faults what the sandbox's release runs produce,
     * e.g. {@code build wheels (ubuntu-latest cp312)=no-files;version-mismatch}.
     */
    static List<ReleaseFaultRule> releaseFaults(String specs) {
        return Arrays.stream(specs.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ReleaseFaultRule::parse).toList();
    }

    /**
     * {@code -Dwheelhouse.sandbox.failures=PATTERN=KIND;…} injects faults into the sandbox's jobs
     * (demos and UI tests), e.g. {@code build wheels (windows-latest cp312)=build-failure@first}.
     */
    static List<FailureRule> failures(String specs) {
        return Arrays.stream(specs.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(FailureRule::parse).toList();
    }
}
