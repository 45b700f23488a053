package dev.wheelhouse.github;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitHub repository a local clone's {@code origin} remote points at, read from
 * {@code .git/config} without running git. Knows the remote URL forms git accepts
 * (https://git-scm.com/docs/git-clone#_git_urls): scp-like {@code git@host:owner/name.git},
 * {@code ssh://}, {@code https://}, {@code git://}; a linked worktree's {@code .git} file is
 * followed to the shared config.
 *
 * @param endpoint   the API of the host the remote names
 * @param repository owner and name
 * @param remote     the remote URL with any user name or password removed
 */
public record CloneOrigin(ApiEndpoint endpoint, RepositoryRef repository, String remote) {

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*remote\\s+\"([^\"]+)\"\\s*]\\s*$");
    private static final Pattern ANY_SECTION = Pattern.compile("^\\s*\\[.*]\\s*$");
    private static final Pattern URL_KEY = Pattern.compile("^\\s*url\\s*=\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$");

    /**
     * Reads the {@code origin} remote of the clone at {@code directory} (its root or any folder the
     * caller chose as the clone).
     *
     * @throws CloneOriginException with a one-line message for the user
     */
    public static CloneOrigin read(Path directory) {
        Path config = configOf(directory);
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CloneOriginException("Could not read " + config + " (" + e.getMessage()
                    + "). Open the folder of a git clone.");
        }
        String url = originUrl(text).orElseThrow(() -> new CloneOriginException(directory
                + " has no 'origin' remote. Add one with: git remote add origin https://github.com/OWNER/NAME.git"));
        return fromRemoteUrl(url);
    }

    /** The repository and API a remote URL names. */
    public static CloneOrigin fromRemoteUrl(String url) {
        String u = url.strip();
        String host;
        String path;
        int port = -1;
        String scheme;
        if (u.contains("://")) {
            URI uri;
            try {
                uri = new URI(u);
            } catch (URISyntaxException e) {
                throw new CloneOriginException("The origin remote " + safe(u) + " is not a URL git understands.");
            }
            scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            host = uri.getHost();
            port = uri.getPort();
            path = uri.getPath();
            if (scheme.equals("file") || host == null) {
                throw new CloneOriginException("The origin remote " + safe(u) + " is a local path, not a GitHub "
                        + "repository. Pick the repository by OWNER/NAME instead.");
            }
        } else {
            Matcher m = SCP_LIKE.matcher(u);
            if (!m.matches()) {
                throw new CloneOriginException("The origin remote " + safe(u) + " is a local path, not a GitHub "
                        + "repository. Pick the repository by OWNER/NAME instead.");
            }
            scheme = "ssh";
            host = m.group(1);
            path = m.group(2);
        }
        RepositoryRef repository;
        try {
            repository = RepositoryRef.parse(path.replaceAll("^/+|/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new CloneOriginException("The origin remote " + safe(u) + " does not name OWNER/NAME on its host.");
        }
        return new CloneOrigin(endpointFor(scheme, host, port), repository, safe(u));
    }

    private static ApiEndpoint endpointFor(String scheme, String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals(ApiEndpoint.GITHUB_HOST) || h.equals("www.github.com") || h.equals("ssh.github.com")) {
            return ApiEndpoint.github();
        }
        if (ApiEndpoint.isLoopback(h)) {
            // A local stand-in (the sandbox) serves its API at the web root, like html_url's host.
            return new ApiEndpoint(URI.create((scheme.equals("https") ? "https" : "http") + "://" + hostPart(h)
                    + (port < 0 ? "" : ":" + port)));
        }
        return ApiEndpoint.enterprise(h);
    }

    private static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    static Optional<String> originUrl(String config) {
        boolean inOrigin = false;
        for (String line : config.split("\\R")) {
            String l = line.replaceFirst("\\s[#;].*$", "");
            Matcher section = SECTION.matcher(l);
            if (section.matches()) {
                inOrigin = section.group(1).equals("origin");
                continue;
            }
            if (ANY_SECTION.matcher(l).matches()) {
                inOrigin = false;
                continue;
            }
            Matcher key = URL_KEY.matcher(l);
            if (inOrigin && key.matches()) {
                return Optional.of(unquote(key.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** The config file of a clone: {@code .git/config}, or the shared one of a linked worktree. */
    private static Path configOf(Path directory) {
        Path dotGit = directory.resolve(".git");
        try {
            if (Files.isRegularFile(dotGit)) {
                String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                if (!pointer.startsWith("gitdir:")) {
                    throw new CloneOriginException(dotGit + " is not a git directory pointer. Open the folder of a git clone.");
                }
                Path gitDir = directory.resolve(pointer.substring("gitdir:".length()).strip()).normalize();
                Path common = gitDir.resolve("commondir");
                if (Files.isRegularFile(common)) {
                    gitDir = gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize();
                }
                return gitDir.resolve("config");
            }
        } catch (IOException e) {
            throw new CloneOriginException("Could not read " + dotGit + " (" + e.getMessage() + ").");
        }
        if (!Files.isDirectory(dotGit)) {
            throw new CloneOriginException(directory + " is not a git clone (it has no .git). Open the folder "
                    + "where you cloned the repository.");
        }
        return dotGit.resolve("config");
    }

    /** The URL without user information: a remote may embed a token (https://x:TOKEN@host/…). */
    static String safe(String url) {
        return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^@/]*@", "$1");
    }

    /** A clone's origin could not be read or is not a GitHub repository. */
    public static final class CloneOriginException extends IllegalArgumentException {
        public CloneOriginException(String message) {
            super(message);
        }
    }
}
