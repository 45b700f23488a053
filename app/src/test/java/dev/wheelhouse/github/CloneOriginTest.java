package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloneOriginTest {

    @ParameterizedTest
    @CsvSource({
            "git@github.com:pyo3/maturin.git, https://api.github.com, pyo3/maturin",
            "ssh://git@github.com/pyo3/maturin, https://api.github.com, pyo3/maturin",
            "ssh://git@ssh.github.com:443/pyo3/maturin.git, https://api.github.com, pyo3/maturin",
            "https://github.com/pyo3/maturin.git, https://api.github.com, pyo3/maturin",
            "https://x-access-token:secret@github.com/pyo3/maturin, https://api.github.com, pyo3/maturin",
            "git://github.com/pyo3/maturin.git, https://api.github.com, pyo3/maturin",
            "git@ghe.corp.example:wheels/satkit.git, https://ghe.corp.example/api/v3, wheels/satkit",
            "https://ghe.corp.example/wheels/satkit, https://ghe.corp.example/api/v3, wheels/satkit",
            "http://127.0.0.1:8123/wheelhouse-demo/satkit, http://127.0.0.1:8123, wheelhouse-demo/satkit"})
    void everyRemoteFormNamesItsHostsApiAndTheRepository(String url, String api, String repo) {
        CloneOrigin origin = CloneOrigin.fromRemoteUrl(url);
        assertEquals(api, origin.endpoint().toString());
        assertEquals(repo, origin.repository().fullName());
    }

    @Test
    void aPasswordInTheRemoteIsNeverRepeated() {
        assertEquals("https://github.com/pyo3/maturin",
                CloneOrigin.fromRemoteUrl("https://x-access-token:ghp_secret@github.com/pyo3/maturin").remote());
    }

    @Test
    void theOriginSectionIsFoundAmongOthers(@TempDir Path clone) throws Exception {
        Files.createDirectories(clone.resolve(".git"));
        Files.writeString(clone.resolve(".git/config"), """
                [core]
                \trepositoryformatversion = 0
                [remote "upstream"]
                \turl = https://github.com/other/thing.git
                [remote "origin"]
                \turl = git@github.com:wheelhouse-demo/satkit.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                [branch "main"]
                \tremote = origin
                """);

        assertEquals("wheelhouse-demo/satkit", CloneOrigin.read(clone).repository().fullName());
    }

    @Test
    void aLinkedWorktreeIsFollowedToTheSharedConfig(@TempDir Path root) throws Exception {
        Path main = root.resolve("main");
        Files.createDirectories(main.resolve(".git/worktrees/feature"));
        Files.writeString(main.resolve(".git/config"), "[remote \"origin\"]\n\turl = https://github.com/o/r.git\n");
        Files.writeString(main.resolve(".git/worktrees/feature/commondir"), "../..\n");
        Path feature = root.resolve("feature");
        Files.createDirectories(feature);
        Files.writeString(feature.resolve(".git"), "gitdir: " + main.resolve(".git/worktrees/feature") + "\n");

        assertEquals("o/r", CloneOrigin.read(feature).repository().fullName());
    }

    @Test
    void aFolderWithoutGitOrWithoutOriginSaysWhatToDo(@TempDir Path dir) throws Exception {
        assertEquals(dir + " is not a git clone (it has no .git). Open the folder where you cloned the repository.",
                assertThrows(CloneOrigin.CloneOriginException.class, () -> CloneOrigin.read(dir)).getMessage());
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "[core]\n\tbare = false\n");
        assertEquals(dir + " has no 'origin' remote. Add one with: git remote add origin https://github.com/OWNER/NAME.git",
                assertThrows(CloneOrigin.CloneOriginException.class, () -> CloneOrigin.read(dir)).getMessage());
        assertThrows(CloneOrigin.CloneOriginException.class, () -> CloneOrigin.fromRemoteUrl("/srv/git/satkit.git"));
    }
}
