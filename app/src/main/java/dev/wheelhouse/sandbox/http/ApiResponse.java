package dev.wheelhouse.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wheelhouse.github.model.GitHubJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler answers: status, headers of its own (the server adds GitHub's common set),
 * body bytes, and two facts the server needs: when the resource last changed (for
 * {@code Last-Modified}) and whether GitHub would count the call against the rate limit.
 */
public final class ApiResponse {

    static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Instant lastModified;
    private final boolean counted;

    private ApiResponse(int status, Map<String, List<String>> headers, byte[] body,
                        Instant lastModified, boolean counted) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.lastModified = lastModified;
        this.counted = counted;
    }

    public static ApiResponse json(int status, Object value) {
        try {
            byte[] bytes = GitHubJson.mapper().writeValueAsBytes(value);
            return new ApiResponse(status, Map.of("Content-Type", List.of(JSON)), bytes, null, true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static ApiResponse ok(Object value) {
        return json(200, value);
    }

    /** 204 with no body and no {@code Content-Type}, as the recorded dispatch answer. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), new byte[0], null, true);
    }

    /** 302 with an empty body and GitHub's {@code text/html;charset=utf-8} type. */
    public static ApiResponse redirect(String location) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("text/html;charset=utf-8"));
        headers.put("Location", List.of(location));
        return new ApiResponse(302, headers, new byte[0], null, true);
    }

    public static ApiResponse raw(int status, String contentType, byte[] body) {
        return new ApiResponse(status, Map.of("Content-Type", List.of(contentType)), body, null, true);
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return raw(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, List.copyOf(values));
        return new ApiResponse(status, copy, body, lastModified, counted);
    }

    public ApiResponse lastModified(Instant when) {
        return new ApiResponse(status, headers, body, when, counted);
    }

    /** GitHub does not count some calls, e.g. {@code GET /rate_limit}. */
    public ApiResponse notCounted() {
        return new ApiResponse(status, headers, body, lastModified, false);
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    byte[] bodyUnsafe() {
        return body;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public boolean counted() {
        return counted;
    }
}
