package dev.wheelhouse.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.model.GitHubJson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a route handler sees it: the path with any {@code /api/v3} prefix removed, its
 * template parameters, query, lower-cased headers, body, and who sent it.
 *
 * @param apiBase the URL prefix API URLs in answers start with, e.g.
 *                {@code http://127.0.0.1:8123} or {@code http://127.0.0.1:8123/api/v3}
 */
public record ApiRequest(String method, String path, Map<String, String> params,
                         Map<String, List<String>> query, Map<String, String> headers,
                         byte[] body, TokenGrant grant, String apiBase, String apiVersion) {

    public ApiRequest {
        params = Map.copyOf(params);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no parameter " + name);
        }
        return value;
    }

    /** A numeric path parameter; a non-number is a 404, as GitHub answers for {@code /runs/abc}. */
    public long longParam(String name, String documentationUrl) {
        try {
            return Long.parseLong(param(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound(documentationUrl);
        }
    }

    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public boolean authenticated() {
        return grant != null;
    }

    /** The body as a JSON object; a missing or malformed body is GitHub's 400 "Problems parsing JSON". */
    public JsonNode jsonBody(String documentationUrl) {
        if (body.length == 0) {
            throw ApiException.problemsParsingJson(documentationUrl);
        }
        try {
            JsonNode node = GitHubJson.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.problemsParsingJson(documentationUrl);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.problemsParsingJson(documentationUrl);
        } catch (java.io.IOException e) {
            throw ApiException.problemsParsingJson(documentationUrl);
        }
    }
}
