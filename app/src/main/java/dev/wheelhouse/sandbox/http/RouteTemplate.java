package dev.wheelhouse.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template in GitHub's documentation form, {@code /repos/{owner}/{repo}/actions/runs/{run_id}}.
 * {@code {name}} matches one path segment; a last {@code {+name}} matches the rest of the path,
 * slashes included (the contents API's {@code {+path}}).
 */
public final class RouteTemplate {

    private final String text;
    private final List<String> parts;

    public RouteTemplate(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with '/': " + text);
        }
        this.text = text;
        this.parts = List.of(text.substring(1).split("/", -1));
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).startsWith("{+")) {
                throw new IllegalArgumentException("{+name} must be the last segment: " + text);
            }
        }
    }

    /** The template as written; also the key under which requests are counted. */
    public String text() {
        return text;
    }

    /** The decoded parameters when {@code path} (no query) fits this template. */
    public Optional<Map<String, String>> match(String path) {
        return path.startsWith("/") ? match(segments(path)) : Optional.empty();
    }

    /** The segments of an absolute path, as {@link #match(String[])} takes them. */
    static String[] segments(String path) {
        return path.substring(1).split("/", -1);
    }

    /** Matches already split segments (a router splits the path once for all its templates). */
    Optional<Map<String, String>> match(String[] segments) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("{+")) {
                if (i >= segments.length) {
                    return Optional.empty();
                }
                List<String> rest = new ArrayList<>();
                for (int j = i; j < segments.length; j++) {
                    rest.add(decode(segments[j]));
                }
                String value = String.join("/", rest);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                params.put(part.substring(2, part.length() - 1), value);
                return Optional.of(Map.copyOf(params));
            }
            if (i >= segments.length) {
                return Optional.empty();
            }
            String segment = segments[i];
            if (part.startsWith("{")) {
                if (segment.isEmpty()) {
                    return Optional.empty();
                }
                params.put(part.substring(1, part.length() - 1), decode(segment));
            } else if (!part.equals(segment)) {
                return Optional.empty();
            }
        }
        return segments.length == parts.size() ? Optional.of(Map.copyOf(params)) : Optional.empty();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text;
    }
}
