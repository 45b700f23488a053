package dev.wheelhouse.cli;

import picocli.CommandLine.Option;

/** {@code --repo}, {@code --run} and {@code --api}: the run a release command works on, shared as a picocli mixin. */
final class RunOptions {

    @Option(names = "--repo", required = true, paramLabel = "OWNER/NAME", description = "The repository.")
    String repo;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The run id (the number in its URL).")
    long runId;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://api.github.com",
            description = "The API root: https://api.github.com (default) or https://HOST/api/v3.")
    String api;

    Connection open(ClientSetup setup) {
        return Connection.open(setup, api, repo, runId);
    }
}
