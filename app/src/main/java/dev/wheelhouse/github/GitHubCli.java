package dev.wheelhouse.github;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The token the GitHub CLI keeps for a host, from {@code gh auth token --hostname HOST}
 * (https://cli.github.com/manual/gh_auth_token), when {@code gh} is on the PATH. The call is
 * time-boxed (gh may prompt a keyring unlock) and its stderr is discarded; the token is read
 * from its stdout in memory and never touches a file.
 */
public final class GitHubCli {

    private static final int MAX_OUTPUT = 4096;

    private final Environment environment;
    private final Duration timeout;

    public GitHubCli(Environment environment, Duration timeout) {
        this.environment = environment;
        this.timeout = timeout;
    }

    /** The executable, if one is on the PATH. */
    public Optional<Path> executable() {
        String path = environment.variable("PATH").orElse("");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, windows ? "gh.exe" : "gh");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** gh's token for {@code host}; empty when gh is missing, not logged in there, slow or fails. */
    public Optional<GitHubToken> token(String host) {
        Optional<Path> gh = executable();
        if (gh.isEmpty()) {
            return Optional.empty();
        }
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(gh.get().toString(), "auth", "token", "--hostname", host)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
            // gh prints GH_TOKEN when it is set; the resolver has looked at it already.
            builder.environment().remove("GH_TOKEN");
            builder.environment().remove("GITHUB_TOKEN");
            builder.environment().remove("GH_ENTERPRISE_TOKEN");
            builder.environment().remove("GITHUB_ENTERPRISE_TOKEN");
            environment.variable("PATH").ifPresent(p -> builder.environment().put("PATH", p));
            process = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readBounded(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            String text = new String(output.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8).strip();
            return text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)
                    ? Optional.empty() : Optional.of(GitHubToken.of(text));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            return Optional.empty();
        }
    }

    private static byte[] readBounded(InputStream in) {
        try (in) {
            return in.readNBytes(MAX_OUTPUT);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null";
    }
}
