package dev.wheelhouse.sandbox;

import dev.wheelhouse.sandbox.api.RunDetailsSupport;
import dev.wheelhouse.sandbox.http.FaultPlan;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.sandbox.sim.FailureRule;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a sandbox behaves. Build one with {@link #builder()}; every setting has a default that
 * gives a working sandbox at real-time speed.
 *
 * @param port                    the API port; 0 picks a free one
 * @param speed                   how many times faster than the wall clock the simulated clock runs: a
 *                                release run takes 1/speed of its 12 minutes (10: about a minute) but its
 *                                timestamps still span 12 minutes ({@link Sandbox#simulatedClock()})
 * @param seed                    seeds durations, cache figures and faults
 * @param rateLimit               calls per hour per token before 403/429
 * @param secondaryLimitPerMinute calls per minute before the secondary limit; 0 for none
 * @param rateLimitStatus         403 or 429
 * @param tokenScopes             the classic scopes of {@link Sandbox#token()}
 * @param workflows               extra workflow files, by file name, added to the default branch
 * @param failures                faults injected into jobs by name pattern
 * @param clock                   the sandbox's notion of now
 * @param threads                 API request threads
 * @param runDetails              how a dispatch answers {@code return_run_details}: as github.com does
 *                                (default), or as a server that ignores or refuses the field
 * @param releaseFaults           faults in what release runs produce (artifacts, versions)
 * @param wheelBytes              the size of each wheel's compiled extension, about (platforms vary by a few percent)
 * @param blobStall               when positive, the blob host sends half of each artifact's zip and then holds the
 *                                connection this long before hanging up: a stalled download
 */
public record SandboxConfig(int port, double speed, long seed, int rateLimit, int secondaryLimitPerMinute,
                            int rateLimitStatus, FaultPlan faults, Set<String> tokenScopes,
                            Map<String, String> workflows, List<FailureRule> failures, Clock clock, int threads,
                            RunDetailsSupport runDetails, List<ReleaseFaultRule> releaseFaults, long wheelBytes,
                            java.time.Duration blobStall) {

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1–65535, got " + port);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
        if (rateLimit < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 call per hour, got " + rateLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(faults);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(runDetails);
        tokenScopes = Set.copyOf(tokenScopes);
        workflows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(workflows));
        failures = List.copyOf(failures);
        releaseFaults = List.copyOf(releaseFaults);
        if (wheelBytes < 1) {
            throw new IllegalArgumentException("wheel size must be at least 1 byte, got " + wheelBytes);
        }
        if (blobStall == null || blobStall.isNegative()) {
            throw new IllegalArgumentException("the blob host's stall must be zero or positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.port = port;
        b.speed = speed;
        b.seed = seed;
        b.rateLimit = rateLimit;
        b.secondaryLimitPerMinute = secondaryLimitPerMinute;
        b.rateLimitStatus = rateLimitStatus;
        b.faults = faults;
        b.tokenScopes = tokenScopes;
        b.workflows = new LinkedHashMap<>(workflows);
        b.failures = failures;
        b.clock = clock;
        b.threads = threads;
        b.runDetails = runDetails;
        b.releaseFaults = releaseFaults;
        b.wheelBytes = wheelBytes;
        b.blobStall = blobStall;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int port;
        private double speed = 1;
        private long seed = 1;
        private int rateLimit = 5000;
        private int secondaryLimitPerMinute;
        private int rateLimitStatus = 403;
        private FaultPlan faults = FaultPlan.NONE;
        private Set<String> tokenScopes = Set.of("gist", "read:org", "repo", "workflow");
        private Map<String, String> workflows = new LinkedHashMap<>();
        private List<FailureRule> failures = List.of();
        private Clock clock = Clock.systemUTC();
        private int threads = 16;
        private RunDetailsSupport runDetails = RunDetailsSupport.RETURNED;
        private List<ReleaseFaultRule> releaseFaults = List.of();
        private long wheelBytes = 24 * 1024;
        private java.time.Duration blobStall = java.time.Duration.ZERO;

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder speed(double speed) {
            this.speed = speed;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder rateLimit(int callsPerHour) {
            this.rateLimit = callsPerHour;
            return this;
        }

        public Builder secondaryLimitPerMinute(int calls) {
            this.secondaryLimitPerMinute = calls;
            return this;
        }

        public Builder rateLimitStatus(int status) {
            this.rateLimitStatus = status;
            return this;
        }

        public Builder faults(FaultPlan faults) {
            this.faults = faults;
            return this;
        }

        public Builder tokenScopes(Set<String> scopes) {
            this.tokenScopes = scopes;
            return this;
        }

        /** Adds a workflow file as {@code .github/workflows/<fileName>}. */
        public Builder workflow(String fileName, String text) {
            this.workflows.put(fileName, text);
            return this;
        }

        public Builder failures(List<FailureRule> failures) {
            this.failures = failures;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Plays a server that answers 204 whatever is asked, or one that refuses the field (Enterprise Server ≤ 3.20). */
        public Builder runDetails(RunDetailsSupport support) {
            this.runDetails = support;
            return this;
        }

        /** Faults in what release runs produce: missing uploads, wrong interpreters, duplicates, expiry, version. */
        public Builder releaseFaults(List<ReleaseFaultRule> faults) {
            this.releaseFaults = faults;
            return this;
        }

        /** About how big each wheel's compiled extension is (24 KiB by default; benchmarks make them large). */
        public Builder wheelBytes(long bytes) {
            this.wheelBytes = bytes;
            return this;
        }

        /** Artifact downloads stall half-way for this long, then break off (zero, the default: they do not). */
        public Builder blobStall(java.time.Duration stall) {
            this.blobStall = stall;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(port, speed, seed, rateLimit, secondaryLimitPerMinute, rateLimitStatus, faults,
                    tokenScopes, workflows, failures, clock, threads, runDetails, releaseFaults, wheelBytes,
                    blobStall);
        }
    }
}
