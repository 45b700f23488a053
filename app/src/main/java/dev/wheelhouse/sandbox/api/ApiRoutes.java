package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.BlobServer;
import dev.wheelhouse.sandbox.http.Router;

/** Builds the sandbox's route tables over one world. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    /** Every GitHub endpoint the sandbox serves. */
    public static Router github(SandboxWorld world) {
        Router api = new Router();
        new AccountRoutes(world).register(api);
        new RepositoryRoutes(world).register(api);
        new EnvironmentRoutes(world).register(api);
        new ContentsRoutes(world).register(api);
        new WorkflowRoutes(world).register(api);
        new RunRoutes(world).register(api);
        new JobRoutes(world).register(api);
        new CacheRoutes(world).register(api);
        new ArtifactRoutes(world).register(api);
        new DeploymentRoutes(world).register(api);
        return api;
    }

    /** The {@code /_sandbox/…} endpoints. */
    public static Router internal(SandboxWorld world) {
        Router internal = new Router();
        new SandboxRoutes(world).register(internal);
        return internal;
    }

    /** What the blob listener serves. */
    public static BlobServer.Content downloads(SandboxWorld world) {
        return new Downloads(world);
    }
}
