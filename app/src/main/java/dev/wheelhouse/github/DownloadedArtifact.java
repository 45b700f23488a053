package dev.wheelhouse.github;

import dev.wheelhouse.github.model.Artifact;

import java.nio.file.Path;

/**
 * An artifact's zip on disk, as downloaded.
 *
 * @param file     where it is; the caller owns it (moves or deletes it)
 * @param sha256   the hex SHA-256 of the bytes received
 * @param verified whether GitHub gave a digest and the bytes matched it; false when it gave none (artifacts
 *                 from {@code upload-artifact} v3 and older)
 */
public record DownloadedArtifact(Artifact artifact, Path file, long size, String sha256, boolean verified) {
}
