package dev.wheelhouse.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a method and path; the first registered template that fits wins. */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** A routed request: the route and the path parameters it matched. */
    public record Match(Route route, Map<String, String> params) {
    }

    /**
     * @param acceptedScopes      the {@code X-Accepted-OAuth-Scopes} value
     * @param acceptedPermissions the {@code X-Accepted-GitHub-Permissions} value, e.g. {@code actions=read};
     *                            a fine-grained token without them is refused
     */
    public Router add(String method, String template, String acceptedScopes, String acceptedPermissions,
                      RouteHandler handler) {
        routes.add(new Route(method, new RouteTemplate(template), acceptedScopes, acceptedPermissions, handler));
        return this;
    }

    public Optional<Match> find(String method, String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = RouteTemplate.segments(path);
        for (Route route : routes) {
            if (!route.method().equals(method)) {
                continue;
            }
            Optional<Map<String, String>> params = route.template().match(segments);
            if (params.isPresent()) {
                return Optional.of(new Match(route, params.get()));
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
