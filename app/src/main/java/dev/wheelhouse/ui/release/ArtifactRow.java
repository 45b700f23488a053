package dev.wheelhouse.ui.release;

import dev.wheelhouse.release.ProducedArtifact;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of the Release panel's artifact table.
 *
 * @param files the wheels and sdists it holds, or why they are unknown
 * @param size  {@code 17.2 MB}
 */
public record ArtifactRow(String name, String files, String size, String expiry, String digest, String job) {

    static ArtifactRow of(ProducedArtifact artifact) {
        long count = artifact.files().stream().filter(f -> f.isWheel() || f.isSdist()).count();
        String files = artifact.problem().orElse(count + (count == 1 ? " file" : " files"));
        Instant expires = artifact.artifact().expiresAt();
        String digest = artifact.artifact().digest() == null ? "—"
                : (artifact.verified() ? "✔ " : "") + abbreviate(artifact.artifact().digest());
        return new ArtifactRow(artifact.name(), files, size(artifact.artifact().sizeInBytes()),
                artifact.artifact().expired() ? "expired" : expires == null ? "—" : expires.toString().substring(0, 10),
                digest, artifact.job().orElse("no job names it"));
    }

    private static String abbreviate(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
