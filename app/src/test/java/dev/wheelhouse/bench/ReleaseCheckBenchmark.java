package dev.wheelhouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.Main;
import dev.wheelhouse.cli.ClientSetup;
import dev.wheelhouse.cli.ReleaseCommand;
import dev.wheelhouse.github.ResolvedToken;
import dev.wheelhouse.github.TokenSource;
import dev.wheelhouse.github.ClientOptions;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubToken;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.ApiEndpoint;
import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.sandbox.Sandbox;
import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.testing.ChildJvm;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 14, "Performance": {@code wheelhouse release check} on a run with 60 artifacts totalling about 1 GB, as a
 * script runs it: a child JVM limited to {@code -Xmx64m} running the jar's entry point against the sandbox over
 * loopback, timed from start to exit, its API requests counted by {@code /_sandbox/stats} and its peak heap reported.
 * The baseline, in the same run: the same 60 zips fetched raw (the API's redirect, then the blob host), bytes
 * discarded, which is the transfer alone.
 *
 * <pre>
 * mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.ReleaseCheckBenchmark [-Dbench.mb=1024] [-Dbench.rounds=2]
 * </pre>
 */
public final class ReleaseCheckBenchmark {

    private static final double MIB = 1024.0 * 1024.0;
    private static final String CHILD = "--child";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Twelve targets (runner, cibuildwheel platform, archs) that each give a wheel of their own name. */
    private static final String[][] TARGETS = {
            {"macos-latest", "macosx_x86_64", "x86_64"}, {"macos-latest", "macosx_arm64", "arm64"},
            {"macos-latest", "macosx_universal2", "universal2"}, {"windows-latest", "win_amd64", "AMD64"},
            {"windows-latest", "win32", "x86"}, {"windows-11-arm", "win_arm64", "ARM64"},
            {"ubuntu-latest", "manylinux_x86_64", "x86_64"}, {"ubuntu-latest", "musllinux_x86_64", "x86_64"},
            {"ubuntu-latest", "manylinux_i686", "i686"}, {"ubuntu-latest", "musllinux_i686", "i686"},
            {"ubuntu-24.04-arm", "manylinux_aarch64", "aarch64"}, {"ubuntu-24.04-arm", "musllinux_aarch64", "aarch64"}};
    private static final String[] PYTHONS = {"cp310", "cp311", "cp312", "cp313", "cp314"};

    private ReleaseCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(List.of(args).subList(1, args.length).toArray(String[]::new));
            return;
        }
        long megabytes = Long.getLong("bench.mb", 1024);
        int rounds = Integer.getInteger("bench.rounds", 2);
        long wheelBytes = megabytes * 1024 * 1024 / (TARGETS.length * PYTHONS.length);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().speed(600).threads(8).wheelBytes(wheelBytes)
                .workflow("wide.yml", workflow()).build())) {
            GitHubClient client = GitHubClient.connect(new ApiEndpoint(URI.create(sandbox.apiUrl())),
                    GitHubToken.of(sandbox.token()), ClientOptions.defaults());
            RepositoryRef repo = RepositoryRef.parse(sandbox.repo());
            long t0 = System.nanoTime();
            long run = client.dispatch(repo, "wide.yml", "main", Map.of(), true).runId().orElseThrow();
            while (!"completed".equals(client.run(repo, run).status())) {
                Thread.sleep(500);
            }
            List<Artifact> artifacts = client.release().runArtifacts(repo, run, Optional.empty());
            long total = artifacts.stream().mapToLong(Artifact::sizeInBytes).sum();
            System.out.printf(Locale.ROOT, "run %d: %d artifacts, %.0f MiB, made in %.1f s (sandbox at speed 600)%n",
                    run, artifacts.size(), total / MIB, (System.nanoTime() - t0) / 1e9);
            for (int round = 1; round <= rounds; round++) {
                double raw = baseline(sandbox.token(), artifacts);
                long before = counted(sandbox);
                long c0 = System.nanoTime();
                List<String> lines = check(sandbox, run);
                double seconds = (System.nanoTime() - c0) / 1e9;
                long requests = counted(sandbox) - before;
                System.out.printf(Locale.ROOT, "round %d: raw download of the zips %.2f s (%.0f MiB/s); release check "
                                + "(child JVM, -Xmx64m, start to exit) %.2f s (%.0f MiB/s), ratio %.2f; %d API requests "
                                + "+ %d blob downloads%n", round, raw, total / MIB / raw, seconds, total / MIB / seconds,
                        seconds / raw, requests, artifacts.size());
                lines.forEach(l -> System.out.println("  child: " + l));
            }
        }
    }

    /** A tag-less wide release: 12 targets x 5 CPython versions, one artifact per job, merged by a publish job. */
    static String workflow() {
        StringBuilder include = new StringBuilder();
        for (String python : PYTHONS) {
            for (String[] t : TARGETS) {
                include.append("          - {os: ").append(t[0]).append(", platform: ").append(t[1])
                        .append(", archs: ").append(t[2]).append(", python: ").append(python).append("}\n");
            }
        }
        return """
                name: Wide release
                on:
                  workflow_dispatch:
                jobs:
                  build_wheels:
                    name: build ${{ matrix.python }}-${{ matrix.platform }}
                    runs-on: ${{ matrix.os }}
                    strategy:
                      fail-fast: false
                      matrix:
                        include:
                """ + include + """
                    env:
                      CIBW_BUILD: ${{ matrix.python }}-${{ matrix.platform }}
                      CIBW_ARCHS: ${{ matrix.archs }}
                      CIBW_SKIP: ""
                    steps:
                      - uses: actions/checkout@v5
                      - uses: pypa/cibuildwheel@v3.2.0
                        with:
                          output-dir: wheelhouse
                      - uses: actions/upload-artifact@v4
                        with:
                          name: wheels-${{ matrix.python }}-${{ matrix.platform }}
                          path: ./wheelhouse/*.whl
                  publish:
                    name: publish
                    needs: build_wheels
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/download-artifact@v4
                        with:
                          path: dist
                          pattern: wheels-*
                          merge-multiple: true
                      - uses: pypa/gh-action-pypi-publish@release/v1
                """;
    }

    /** Every zip through the API's redirect and the blob host, bytes counted and dropped. */
    private static double baseline(String token, List<Artifact> artifacts) throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        long t = System.nanoTime();
        long bytes = 0;
        for (Artifact a : artifacts) {
            HttpResponse<Void> redirect = noRedirects.send(HttpRequest.newBuilder(URI.create(a.archiveDownloadUrl()))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            URI blob = URI.create(a.archiveDownloadUrl()).resolve(redirect.headers().firstValue("Location").orElseThrow());
            try (InputStream in = HTTP.send(HttpRequest.newBuilder(blob).build(), HttpResponse.BodyHandlers.ofInputStream()).body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    bytes += n;
                }
            }
        }
        if (bytes != artifacts.stream().mapToLong(Artifact::sizeInBytes).sum()) {
            throw new IllegalStateException("the baseline received " + bytes + " bytes");
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static List<String> check(Sandbox sandbox, long run) throws Exception {
        Process p = ChildJvm.start(ReleaseCheckBenchmark.class, List.of("-Xmx64m"),
                List.of(CHILD, "release", "check", "--api", sandbox.apiUrl(), "--repo", sandbox.repo(), "--run",
                        String.valueOf(run)), Main.class);
        p.getOutputStream().write((sandbox.token() + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        List<String> lines = new ArrayList<>(out.lines().filter(l -> l.startsWith("Produced") || l.startsWith("Expected")
                || l.startsWith("peak") || l.startsWith("wheelhouse:") || l.contains("finding") || l.startsWith("Ready"))
                .toList());
        lines.add("exit " + code);
        return lines;
    }

    /** The child: the jar's entry point with the token a script would give it, then its peak heap. */
    private static void child(String[] args) throws Exception {
        String token = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        // The token comes on standard input (a script would set GH_ENTERPRISE_TOKEN, which a child started here
        // cannot be given); everything after the token is the command's own code.
        ClientSetup setup = new ClientSetup() {
            @Override
            public Optional<ResolvedToken> token(ApiEndpoint endpoint) {
                return Optional.of(new ResolvedToken(GitHubToken.of(token), TokenSource.GH_ENTERPRISE_TOKEN));
            }

            @Override
            public String noTokenMessage(ApiEndpoint endpoint) {
                return "no token";
            }

            @Override
            public ClientOptions options() {
                return ClientOptions.defaults();
            }
        };
        int code = ReleaseCommand.commandLine(setup).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();   // sum of per-pool peaks: an upper bound
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used <= %.1f MiB (max heap %.0f MiB)%n", peak / MIB,
                Runtime.getRuntime().maxMemory() / MIB);
        System.exit(code);
    }

    private static long counted(Sandbox sandbox) throws Exception {
        JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + "/_sandbox/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode stats = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.apiUrl() + "/_sandbox/stats"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        return stats.path("counted").asLong();
    }
}
