package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;

import java.time.Instant;

/**
 * The sandbox's own endpoints, named so: {@code GET /_sandbox/stats} (what was served since the
 * last reset, with {@code counted} as GitHub would charge it), {@code POST /_sandbox/reset}, and
 * {@code GET /_sandbox/clock}: the simulated time runs are stamped with, for a client in another
 * process that shows how long a running job has taken so far.
 */
final class SandboxRoutes extends Routes {

    /** {@code now}: the simulated time; {@code wall}: the wall clock's, as the {@code Date} header. */
    record ClockReading(Instant now, Instant wall) {
    }

    SandboxRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router internal) {
        internal.add("GET", "/_sandbox/stats", "", "", r -> ApiResponse.ok(world.stats().snapshot()));
        internal.add("GET", "/_sandbox/clock", "", "", r -> ApiResponse.ok(new ClockReading(world.simulated().instant(),
                world.clock().instant())));
        internal.add("POST", "/_sandbox/reset", "", "", r -> {
            world.stats().reset();
            return ApiResponse.ok(world.stats().snapshot());
        });
    }
}
