package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenResolverTest {

    @TempDir
    Path bin;
    private final Map<String, String> env = new HashMap<>();
    private final InMemorySecretStore keychain = new InMemorySecretStore();

    private TokenResolver resolver() {
        Environment environment = Environment.of(env);
        return new TokenResolver(environment, new GitHubCli(environment, Duration.ofSeconds(5)), keychain);
    }

    /** A stand-in {@code gh} on the PATH: prints {@code output} for the host, exits with {@code status}. */
    private void fakeGh(String script) throws Exception {
        Path gh = bin.resolve("gh");
        Files.writeString(gh, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("PATH", bin + ":/usr/bin:/bin");
    }

    private Optional<TokenSource> source(ApiEndpoint endpoint) {
        return resolver().resolve(endpoint).map(ResolvedToken::source);
    }

    @Test
    void githubDotComTriesGhTokenThenGithubTokenThenTheCliThenTheKeychain() throws Exception {
        ApiEndpoint github = ApiEndpoint.github();
        assertEquals(List.of(TokenSource.GH_TOKEN, TokenSource.GITHUB_TOKEN, TokenSource.GITHUB_CLI, TokenSource.KEYCHAIN),
                resolver().order(github));
        keychain.save("github.com", GitHubToken.of("ghp_kept"));
        assertEquals(Optional.of(TokenSource.KEYCHAIN), source(github));
        fakeGh("[ \"$1 $2 $3 $4\" = \"auth token --hostname github.com\" ] && echo gho_fromcli || exit 1");
        assertEquals(Optional.of(TokenSource.GITHUB_CLI), source(github));
        env.put("GITHUB_TOKEN", "ghp_second");
        assertEquals(Optional.of(TokenSource.GITHUB_TOKEN), source(github));
        env.put("GH_TOKEN", "ghp_first");
        assertEquals(Optional.of(TokenSource.GH_TOKEN), source(github));
        assertEquals(TokenKind.CLASSIC, resolver().resolve(github).orElseThrow().token().kind());
    }

    @Test
    void anEnterpriseHostUsesTheEnterpriseVariablesAndAsksTheCliForThatHost() throws Exception {
        ApiEndpoint ghe = ApiEndpoint.enterprise("ghe.example.com");
        env.put("GH_TOKEN", "ghp_for_github_dot_com");
        assertEquals(Optional.empty(), source(ghe));
        fakeGh("[ \"$4\" = \"ghe.example.com\" ] && echo ghp_enterprise || exit 1");
        assertEquals(Optional.of(TokenSource.GITHUB_CLI), source(ghe));
        env.put("GITHUB_ENTERPRISE_TOKEN", "ghp_ghe");
        assertEquals(Optional.of(TokenSource.GITHUB_ENTERPRISE_TOKEN), source(ghe));
    }

    @Test
    void aLoopbackServerNeverGetsTheGithubDotComTokenOrTheCliToken() throws Exception {
        ApiEndpoint local = ApiEndpoint.parse("http://127.0.0.1:8123");
        env.put("GH_TOKEN", "ghp_real");
        fakeGh("echo ghp_real_from_cli");
        assertEquals(Optional.empty(), source(local));
        assertEquals("No GitHub token found for 127.0.0.1:8123. Set GH_ENTERPRISE_TOKEN, or paste a token in Settings.",
                resolver().noTokenMessage(local));
    }

    @Test
    void aCliThatFailsHangsOrIsMissingGivesNoToken() throws Exception {
        assertEquals(Optional.empty(), new GitHubCli(Environment.of(Map.of("PATH", bin.toString())), Duration.ofSeconds(1))
                .token("github.com"));
        fakeGh("echo 'not logged in' >&2; exit 1");
        assertEquals(Optional.empty(), source(ApiEndpoint.github()));
        fakeGh("exec sleep 30");
        Environment environment = Environment.of(env);
        long started = System.nanoTime();
        assertEquals(Optional.empty(), new GitHubCli(environment, Duration.ofMillis(300)).token("github.com"));
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "the call is time-boxed");
    }

    @Test
    void aVariableHoldingNoTokenIsNamedWithoutItsValue() {
        env.put("GH_TOKEN", "ghp_one ghp_two");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolver().resolve(ApiEndpoint.github()));
        assertTrue(e.getMessage().startsWith("GH_TOKEN is set but does not hold a GitHub token: "), e.getMessage());
        assertFalse(e.getMessage().contains("ghp_one"));
    }

    @Test
    void aPastedTokenIsKeptPerHost() {
        resolver().remember(ApiEndpoint.enterprise("ghe.example.com"), GitHubToken.of("ghp_pasted"));
        assertEquals(Optional.of(TokenSource.KEYCHAIN), source(ApiEndpoint.enterprise("ghe.example.com")));
        assertEquals(Optional.empty(), source(ApiEndpoint.github()));
        resolver().forget(ApiEndpoint.enterprise("ghe.example.com"));
        assertEquals(Optional.empty(), source(ApiEndpoint.enterprise("ghe.example.com")));
    }
}
