package dev.wheelhouse.github;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * One request to the API: method, absolute URL, optional JSON body and extra headers.
 *
 * @param subject what the call is about, in the user's words ("the repository o/r"); error
 *                messages name it
 */
record ApiCall(String method, URI uri, byte[] body, Map<String, String> headers, String subject) {

    ApiCall {
        method = method.toUpperCase(Locale.ROOT);
        body = body == null ? null : body.clone();
        headers = Map.copyOf(headers);
    }

    static ApiCall get(URI uri, String subject) {
        return new ApiCall("GET", uri, null, Map.of(), subject);
    }

    static ApiCall withBody(String method, URI uri, byte[] json, String subject) {
        return new ApiCall(method, uri, json, Map.of("Content-Type", "application/json"), subject);
    }

    /**
     * GET and HEAD change nothing, so repeating them is always safe; anything else is repeated
     * only when it cannot have reached the server.
     */
    boolean idempotent() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Method and URL for log lines: never user-info or the query (a signed URL's signature lives there). */
    String describe() {
        return method + " " + Redaction.url(uri);
    }
}
