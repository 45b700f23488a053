package dev.wheelhouse.sandbox.http;

/** Answers one routed request. Throws {@link ApiException} for a GitHub-style error answer. */
@FunctionalInterface
public interface RouteHandler {

    ApiResponse handle(ApiRequest request);
}
