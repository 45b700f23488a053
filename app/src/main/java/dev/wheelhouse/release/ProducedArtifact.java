package dev.wheelhouse.release;

import dev.wheelhouse.github.model.Artifact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One artifact of the run, and what it holds.
 *
 * @param artifact GitHub's listing of it
 * @param job      the job (matrix cell) whose upload step names it, when one does
 * @param files    its files; empty when it could not be read
 * @param problem  why its files are not known (expired, unreadable, digest mismatch), when they are not
 * @param verified whether its bytes matched GitHub's digest
 */
public record ProducedArtifact(Artifact artifact, Optional<String> job, List<ProducedFile> files,
                               Optional<String> problem, boolean verified) {

    public ProducedArtifact {
        Objects.requireNonNull(artifact);
        Objects.requireNonNull(job);
        files = List.copyOf(files);
        Objects.requireNonNull(problem);
    }

    public String name() {
        return artifact.name();
    }

    public boolean readable() {
        return problem.isEmpty();
    }
}
