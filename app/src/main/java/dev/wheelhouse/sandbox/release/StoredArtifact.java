package dev.wheelhouse.sandbox.release;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An artifact a job uploaded: its zip on disk, with its size and SHA-256 as the API reports them.
 *
 * @param entries the files inside, as the zip names them
 */
public record StoredArtifact(long id, long runId, long jobId, String jobName, String name, Instant createdAt,
                             Instant expiresAt, long sizeInBytes, String sha256, Path file, List<String> entries) {

    public StoredArtifact {
        entries = List.copyOf(entries);
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public String digest() {
        return "sha256:" + sha256;
    }
}
