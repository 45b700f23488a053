package dev.wheelhouse.release;

import dev.wheelhouse.cibw.PathGlob;
import dev.wheelhouse.github.model.Artifact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a run's artifacts to download, as {@code gh run download} chooses them: every artifact, or those named
 * ({@code -n}) or matching a pattern ({@code -p}); one artifact per name (the first GitHub lists, the newest);
 * expired ones left out. Each goes into a folder of its own name unless exactly one artifact was asked for by name.
 *
 * @param names    artifact names asked for
 * @param patterns name globs asked for
 */
public record ArtifactSelection(List<String> names, List<String> patterns) {

    public ArtifactSelection {
        names = List.copyOf(names);
        patterns = List.copyOf(patterns);
    }

    public static ArtifactSelection all() {
        return new ArtifactSelection(List.of(), List.of());
    }

    /** Whether each artifact gets its own folder under the destination. */
    public boolean isolated() {
        return !(patterns.isEmpty() && names.size() == 1);
    }

    /** What was asked for and is there, and what was asked for by name but has expired. */
    public record Choice(List<Artifact> chosen, List<Artifact> expired) {
        public Choice {
            chosen = List.copyOf(chosen);
            expired = List.copyOf(expired);
        }
    }

    public Choice choose(List<Artifact> listed) {
        Objects.requireNonNull(listed);
        List<PathGlob> globs = patterns.stream().map(PathGlob::of).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<Artifact> chosen = new ArrayList<>();
        List<Artifact> expired = new ArrayList<>();
        for (Artifact artifact : listed) {
            boolean named = names.contains(artifact.name());
            boolean wanted = (names.isEmpty() && patterns.isEmpty()) || named
                    || globs.stream().anyMatch(g -> g.matches(artifact.name()));
            if (!wanted || !seen.add(artifact.name())) {
                continue;
            }
            if (artifact.expired()) {
                if (named) {
                    expired.add(artifact);
                }
                continue;
            }
            chosen.add(artifact);
        }
        return new Choice(chosen, expired);
    }
}
