package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.state.GitRepository;

import java.util.LinkedHashMap;
import java.util.Map;

/** The project files an sdist of a commit carries: the build configuration and the manifests, as the commit has them. */
final class ReleaseFiles {

    private ReleaseFiles() {
    }

    static Map<String, byte[]> of(GitRepository repo, GitRepository.Commit commit) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        commit.files().forEach((path, blob) -> {
            if (!path.startsWith(".github/")) {
                repo.blob(blob).ifPresent(bytes -> files.put(path, bytes));
            }
        });
        return files;
    }
}
