package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;

/**
 * The sandbox's own endpoints, named so: {@code GET /_sandbox/stats} (what was served since the
 * last reset, with {@code counted} as GitHub would charge it) and {@code POST /_sandbox/reset}.
 */
final class SandboxRoutes extends Routes {

    SandboxRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router internal) {
        internal.add("GET", "/_sandbox/stats", "", "", r -> ApiResponse.ok(world.stats().snapshot()));
        internal.add("POST", "/_sandbox/reset", "", "", r -> {
            world.stats().reset();
            return ApiResponse.ok(world.stats().snapshot());
        });
    }
}
