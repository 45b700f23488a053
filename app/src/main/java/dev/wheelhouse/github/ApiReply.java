package dev.wheelhouse.github;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.wheelhouse.github.model.ErrorBody;
import dev.wheelhouse.github.model.GitHubJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An answer from the API: status, headers (case-insensitive), body bytes. */
record ApiReply(int status, Map<String, List<String>> headers, byte[] body, boolean fromCache) {

    ApiReply {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                h.put(k, List.copyOf(v));
            }
        });
        headers = java.util.Collections.unmodifiableMap(h);
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    <T> T json(Class<T> type, ApiCall call) {
        return json(GitHubJson.mapper().getTypeFactory().constructType(type), call);
    }

    <T> T json(TypeReference<T> type, ApiCall call) {
        return json(GitHubJson.mapper().getTypeFactory().constructType(type), call);
    }

    private <T> T json(JavaType type, ApiCall call) {
        try {
            return GitHubJson.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, status, "GitHub's answer about "
                    + call.subject() + " could not be read (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + "). If this keeps "
                    + "happening, the API URL may not point at a GitHub API.");
        }
    }

    /** GitHub's {@code message}, when the body is GitHub's error form. */
    Optional<ErrorBody> errorBody() {
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.contains("json") || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(GitHubJson.mapper().readValue(body, ErrorBody.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
