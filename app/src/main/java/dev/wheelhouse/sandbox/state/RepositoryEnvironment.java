package dev.wheelhouse.sandbox.state;

import java.time.Instant;

/**
 * A deployment environment of the repository, as a job's {@code environment:} names it.
 *
 * @param tagsOnly deployments limited by the environment's own branch and tag rules (a release
 *                 environment that only {@code v*} tags may use), rather than open to any branch
 */
public record RepositoryEnvironment(long id, String name, Instant createdAt, boolean tagsOnly) {
}
