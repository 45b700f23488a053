package dev.wheelhouse.sandbox;

import dev.wheelhouse.sandbox.api.Accounts;
import dev.wheelhouse.sandbox.api.ApiRoutes;
import dev.wheelhouse.sandbox.api.SandboxWorld;
import dev.wheelhouse.sandbox.http.ApiServer;
import dev.wheelhouse.sandbox.http.BlobServer;
import dev.wheelhouse.sandbox.http.FaultInjector;
import dev.wheelhouse.sandbox.http.RateLimiter;
import dev.wheelhouse.sandbox.http.RequestStats;
import dev.wheelhouse.sandbox.http.SignedUrls;
import dev.wheelhouse.sandbox.http.TokenGrant;
import dev.wheelhouse.sandbox.http.TokenType;
import dev.wheelhouse.sandbox.http.Tokens;
import dev.wheelhouse.sandbox.sim.CacheLedger;
import dev.wheelhouse.sandbox.sim.SimulatedClock;
import dev.wheelhouse.sandbox.state.GitRepository;
import dev.wheelhouse.sandbox.state.RepositoryEnvironment;
import dev.wheelhouse.sandbox.state.RunStore;
import dev.wheelhouse.sandbox.state.Workflows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An embedded stand-in for the GitHub REST API on loopback: one repository seeded with the
 * sample project ({@value #REPOSITORY}, default branch {@code main}, tag {@value #RELEASE_TAG},
 * environments {@code crates-io} and {@code PyPiPublish}), a simulated Actions runner behind it,
 * and a separate blob listener for log downloads.
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().speed(10).build())) {
 *     GitHub gh = new GitHubBuilder().withEndpoint(sandbox.apiUrl()).withOAuthToken(sandbox.token()).build();
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

    public static final String REPOSITORY = Accounts.ORG + "/satkit";
    /** The one tag of the seeded repository, on its first commit. */
    public static final String RELEASE_TAG = "v0.9.0";
    private static final String SEED_ROOT = "/wheelhouse/samples/satkit/";
    /** The files of the sample project on the classpath (resources/samples/satkit). */
    private static final String[] SEED_FILES = {".github/workflows/release.yml", "pyproject.toml"};
    private static final long REPOSITORY_ID = 862_410_077L;
    private static final java.util.regex.Pattern LOGIN =
            java.util.regex.Pattern.compile("(?i)[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}");

    private final SandboxConfig config;
    private final Tokens tokens;
    private final String token;
    private final RequestStats stats;
    private final ApiServer api;
    private final BlobServer blobs;
    private final SimulatedClock simulated;
    private final Map<String, Long> userIds = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextUserId = new java.util.concurrent.atomic.AtomicLong(
            Accounts.USER_ID + 1000);

    private Sandbox(SandboxConfig config) throws IOException {
        this.config = config;
        this.tokens = new Tokens();
        this.token = tokens.issue(TokenGrant.classic(Accounts.USER, Accounts.USER_ID, config.tokenScopes()));
        this.stats = new RequestStats();
        GitRepository repo = seed(config);
        CacheLedger caches = new CacheLedger(repo.defaultBranch());
        this.simulated = new SimulatedClock(config.clock(), config.speed());
        RunStore runs = new RunStore(repo, caches, config.seed(), config.failures(), config.clock().instant());
        RateLimiter limiter = new RateLimiter(config.clock(), config.rateLimit(), config.secondaryLimitPerMinute(),
                config.rateLimitStatus());
        FaultInjector faults = new FaultInjector(config.faults(), config.seed());
        SignedUrls signer = new SignedUrls(config.clock());
        BlobServer[] blobHolder = new BlobServer[1];
        SandboxWorld world = new SandboxWorld(config.clock(), simulated, repo, new Workflows(repo), runs, caches, limiter, stats,
                path -> blobHolder[0].signedUrl(path), opaqueSegment(), config.runDetails(), environments(repo));
        this.blobs = new BlobServer(signer, ApiRoutes.downloads(world), faults,
                Math.max(2, config.threads() / 4));
        blobHolder[0] = blobs;
        try {
            this.api = new ApiServer(config.port(), config.threads(), ApiRoutes.github(world),
                    ApiRoutes.internal(world), new ApiServer.Services(config.clock(), tokens, limiter, stats, faults,
                    id -> id == repo.id() ? Optional.of(repo.fullName()) : Optional.empty(), config.seed()));
        } catch (IOException | RuntimeException e) {
            // The blob listener already holds its port; a sandbox that cannot start must not keep it.
            blobs.close();
            throw e;
        }
    }

    /** Starts both listeners; close the sandbox to stop them. */
    public static Sandbox start(SandboxConfig config) throws IOException {
        Sandbox sandbox = new Sandbox(config);
        sandbox.blobs.start();
        sandbox.api.start();
        return sandbox;
    }

    /** The API root, {@code http://127.0.0.1:PORT}; the same API is also under {@code /api/v3}. */
    public String apiUrl() {
        return api.baseUrl();
    }

    /** A classic token with {@link SandboxConfig#tokenScopes()}. */
    public String token() {
        return token;
    }

    /** {@code OWNER/NAME} of the seeded repository. */
    public String repo() {
        return REPOSITORY;
    }

    /** Another valid token for the same user with exactly these scopes. */
    public String issueToken(Set<String> scopes) {
        return issueToken(Accounts.USER, scopes);
    }

    /**
     * A classic token for {@code login}, a user of its own (created on first use, with a
     * collaborator's access to the repository): what it dispatches carries it as
     * {@code actor} and {@code triggering_actor}, and {@code GET /user} answers with it.
     *
     * @throws IllegalArgumentException when {@code login} is not a GitHub login
     */
    public String issueToken(String login, Set<String> scopes) {
        return tokens.issue(TokenGrant.classic(login, userId(login), scopes));
    }

    /**
     * A fine-grained personal access token ({@code github_pat_…}) for {@code login} with exactly
     * these repository permissions ({@code "actions" → "write"}; metadata read comes with any).
     * Its answers carry {@code X-Accepted-GitHub-Permissions} and no scopes; an endpoint whose
     * permission it lacks answers 403 "Resource not accessible by personal access token".
     */
    public String issueFineGrainedToken(String login, Map<String, String> permissions) {
        return tokens.issue(TokenGrant.permitted(login, userId(login), TokenType.FINE_GRAINED, permissions));
    }

    /**
     * A GitHub App user token ({@code ghu_…}): the App's permissions, acting as {@code login};
     * refusals say "Resource not accessible by integration".
     */
    public String issueAppToken(String login, Map<String, String> permissions) {
        return tokens.issue(TokenGrant.permitted(login, userId(login), TokenType.APP_USER, permissions));
    }

    /**
     * The clock the runs' timestamps come from: the wall clock's time at start, running
     * {@link SandboxConfig#speed()} times as fast. A view that shows how long a running job has
     * taken so far measures against this clock, not the wall clock, or it falls behind.
     */
    public Clock simulatedClock() {
        return simulated;
    }

    /** The blob listener's root, where the API's log redirects point. */
    public String blobUrl() {
        return blobs.baseUrl();
    }

    public RequestStats.Snapshot stats() {
        return stats.snapshot();
    }

    public SandboxConfig config() {
        return config;
    }

    @Override
    public void close() {
        api.close();
        blobs.close();
    }

    /** One id per login, the maintainer's fixed; GitHub logins are case-insensitive, as here. */
    private long userId(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("not a GitHub login (letters, digits and single hyphens, at most 39): "
                    + login);
        }
        if (login.equalsIgnoreCase(Accounts.USER)) {
            return Accounts.USER_ID;
        }
        return userIds.computeIfAbsent(login.toLowerCase(java.util.Locale.ROOT), l -> nextUserId.getAndIncrement());
    }

    private static GitRepository seed(SandboxConfig config) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : SEED_FILES) {
            files.put(file, resource(SEED_ROOT + file));
        }
        files.put("README.md", ("# satkit (sandbox copy)\n\nThe sample project Wheelhouse's sandbox serves: "
                + "a Rust + PyO3 package whose release workflow builds 20 wheels.\n").getBytes(StandardCharsets.UTF_8));
        config.workflows().forEach((name, text) ->
                files.put(Workflows.DIRECTORY + name, text.getBytes(StandardCharsets.UTF_8)));
        GitRepository repo = new GitRepository(REPOSITORY_ID, Accounts.ORG, Accounts.ORG_ID, "satkit", "main", files,
                new GitRepository.Identity(Accounts.USER_NAME, Accounts.USER_EMAIL),
                config.clock().instant().minus(Duration.ofDays(30)));
        // The last release: the ref picker has a tag to offer, and a run on it takes the tag-only jobs.
        repo.createRef("refs/tags/" + RELEASE_TAG, repo.branches().get(repo.defaultBranch()));
        return repo;
    }

    /**
     * The environments the satkit release workflow names: {@code crates-io} (open to any branch)
     * and {@code PyPiPublish} (limited by its own rules to release tags, as a trusted-publishing
     * environment usually is).
     */
    private static List<RepositoryEnvironment> environments(GitRepository repo) {
        return List.of(new RepositoryEnvironment(5_120_400_011L, "crates-io", repo.createdAt(), false),
                new RepositoryEnvironment(5_120_400_012L, "PyPiPublish", repo.createdAt(), true));
    }

    private static byte[] resource(String path) {
        try (InputStream in = Sandbox.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the sample project is missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first path segment of blob URLs: opaque, like the recorded log host's. */
    private static String opaqueSegment() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
