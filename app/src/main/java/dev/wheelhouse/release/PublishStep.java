package dev.wheelhouse.release;

import dev.wheelhouse.cibw.ArtifactDownload;

import java.util.Objects;
import java.util.Optional;

/**
 * The job that uploads the distributions to an index, and how it gathers them.
 *
 * @param job          its display name, e.g. {@code publish to PyPI}
 * @param download     its {@code download-artifact} step
 * @param packagesDir  the folder it publishes from ({@code packages-dir}, {@code dist/} by default)
 * @param environment  the environment it deploys to, if any
 * @param runs         whether its {@code if:} holds for this run (a tag-only publish job does not run on a branch)
 */
public record PublishStep(String job, ArtifactDownload download, String packagesDir, Optional<String> environment,
                          boolean runs) {

    public PublishStep {
        Objects.requireNonNull(job);
        Objects.requireNonNull(download);
        Objects.requireNonNull(packagesDir);
        Objects.requireNonNull(environment);
    }
}
