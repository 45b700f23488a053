package dev.wheelhouse.github;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the REST API lives: github.com ({@code https://api.github.com}), an Enterprise Server
 * ({@code https://HOST/api/v3}), or a loopback server such as the sandbox. Plain http is allowed
 * only for loopback addresses, because the token travels in every request.
 *
 * @param root the API root without a trailing slash
 */
public record ApiEndpoint(URI root) {

    public static final String GITHUB_HOST = "github.com";
    private static final URI GITHUB_API = URI.create("https://api.github.com");

    public ApiEndpoint {
        String scheme = root.getScheme() == null ? "" : root.getScheme().toLowerCase(Locale.ROOT);
        if (root.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("\"" + Redaction.url(root.toString()) + "\" is not an API URL. Use https://api.github.com "
                    + "or https://HOST/api/v3 for GitHub Enterprise Server.");
        }
        if (scheme.equals("http") && !isLoopback(root.getHost())) {
            throw new IllegalArgumentException("Refusing plain http for " + root.getHost() + ": the token would "
                    + "cross the network unencrypted. Use https:// (plain http is allowed only for this computer).");
        }
        if (root.getRawQuery() != null || root.getRawFragment() != null) {
            throw new IllegalArgumentException("\"" + Redaction.url(root) + "\" has a query or fragment; give only the API root.");
        }
        String path = root.getRawPath() == null ? "" : root.getRawPath().replaceAll("/+$", "");
        try {
            root = new URI(scheme, root.getRawUserInfo(), root.getHost().toLowerCase(Locale.ROOT), root.getPort(),
                    path.isEmpty() ? null : path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + Redaction.url(root.toString()) + "\" is not a valid URL.");
        }
    }

    public static ApiEndpoint github() {
        return new ApiEndpoint(GITHUB_API);
    }

    /** The API of an Enterprise Server at {@code host} (a bare host name or a web URL of it). */
    public static ApiEndpoint enterprise(String host) {
        String bare = host.strip().replaceFirst("^(?i)https?://", "").replaceAll("/.*$", "");
        if (bare.isEmpty()) {
            throw new IllegalArgumentException("No host given for the GitHub Enterprise Server.");
        }
        if (bare.equalsIgnoreCase(GITHUB_HOST) || bare.equalsIgnoreCase("api.github.com")) {
            return github();
        }
        return new ApiEndpoint(URI.create("https://" + bare + "/api/v3"));
    }

    /**
     * An endpoint from what a user typed: an API URL as is, {@code github.com} or a bare Enterprise
     * host name.
     *
     * @throws IllegalArgumentException with a one-line message for the user
     */
    public static ApiEndpoint parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("No API URL given. Use https://api.github.com or https://HOST/api/v3.");
        }
        if (!t.contains("://")) {
            return enterprise(t);
        }
        try {
            return new ApiEndpoint(new URI(t));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + Redaction.url(t) + "\" is not a valid URL. Use https://api.github.com or "
                    + "https://HOST/api/v3.");
        }
    }

    public boolean isGitHubDotCom() {
        return root.equals(GITHUB_API);
    }

    public boolean isLoopback() {
        return isLoopback(root.getHost());
    }

    /** The host people and {@code gh} know the server by: github.com, or the Enterprise host. */
    public String webHost() {
        return isGitHubDotCom() ? GITHUB_HOST : root.getHost() + (root.getPort() < 0 ? "" : ":" + root.getPort());
    }

    /** A URL under the API root; {@code path} starts with a slash and may carry a query. */
    public URI resolve(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("API paths start with '/': " + path);
        }
        return URI.create(root + path);
    }

    /** True when {@code uri} is on the API's own origin: the only place a token may go. */
    public boolean sameOrigin(URI uri) {
        return uri.getScheme() != null && uri.getHost() != null
                && uri.getScheme().equalsIgnoreCase(root.getScheme())
                && uri.getHost().equalsIgnoreCase(root.getHost())
                && port(uri) == port(root);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** Loopback by name or literal address; names other than localhost are not resolved (no DNS here). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return Redaction.url(root);
    }
}
