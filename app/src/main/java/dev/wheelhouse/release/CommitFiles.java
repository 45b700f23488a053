package dev.wheelhouse.release;

import dev.wheelhouse.cibw.ProjectFiles;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The repository's files at one commit, read through the source once each: where a run's pyproject.toml is. */
final class CommitFiles implements ProjectFiles {

    private final ReleaseSource source;
    private final String commit;
    private final Map<String, Optional<String>> read = new ConcurrentHashMap<>();

    CommitFiles(ReleaseSource source, String commit) {
        this.source = source;
        this.commit = commit;
    }

    @Override
    public Optional<String> read(String path) {
        return read.computeIfAbsent(path, p -> source.file(p, commit));
    }
}
