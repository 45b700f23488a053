package dev.wheelhouse.release;

import dev.wheelhouse.github.DownloadedArtifact;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.TransferListener;
import dev.wheelhouse.github.model.Artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads chosen artifacts into a folder, one at a time: each zip streams to a temporary file beside its
 * destination with its digest checked, is unpacked (into a folder of its name when the selection isolates them) and
 * deleted. Blocking; run it off the FX thread. A failure stops the rest; what was already unpacked stays.
 */
public final class ArtifactDownloads {

    /** Follows the downloads: each artifact as it starts, then its bytes. */
    public interface Progress extends TransferListener {
        Progress NONE = new Progress() {
        };

        /** Artifact {@code index} (from 1) of {@code count} starts. */
        default void artifact(Artifact artifact, int index, int count) {
        }

        @Override
        default void progress(long bytes, long total) {
        }

        @Override
        default boolean cancelled() {
            return false;
        }
    }

    /** One artifact downloaded: where its files went, and whether its bytes matched GitHub's digest. */
    public record Downloaded(Artifact artifact, Path folder, List<Path> files, boolean verified) {
        public Downloaded {
            files = List.copyOf(files);
        }
    }

    private final ReleaseSource source;

    public ArtifactDownloads(ReleaseSource source) {
        this.source = source;
    }

    /**
     * @throws GitHubException when a download fails (expired, refused, broken off, digest mismatch, cancelled) or its
     *                         files cannot be written
     */
    public List<Downloaded> download(List<Artifact> artifacts, boolean isolated, Path destination, Progress progress) {
        List<Downloaded> done = new ArrayList<>();
        int index = 0;
        for (Artifact artifact : artifacts) {
            progress.artifact(artifact, ++index, artifacts.size());
            Path folder = isolated ? destination.resolve(safeName(artifact.name())) : destination;
            DownloadedArtifact zip = source.download(artifact, destination, progress);
            try {
                done.add(new Downloaded(artifact, folder, ArtifactExtraction.extract(zip.file(), folder), zip.verified()));
            } catch (IOException e) {
                throw new GitHubException(GitHubException.Kind.UNEXPECTED, 0, "Artifact " + artifact.name()
                        + " could not be unpacked into " + folder + ": " + e.getMessage() + ".", e);
            } finally {
                try {
                    Files.deleteIfExists(zip.file());
                } catch (IOException e) {
                    // A temporary file named as one (.part); the next download does not use it.
                }
            }
        }
        return done;
    }

    /** An artifact name as a folder name: GitHub allows neither slashes nor backslashes in it, but be sure. */
    private static String safeName(String name) {
        String cleaned = name.replace('/', '_').replace('\\', '_');
        return cleaned.equals("..") || cleaned.equals(".") || cleaned.isEmpty() ? "_" + cleaned : cleaned;
    }
}
