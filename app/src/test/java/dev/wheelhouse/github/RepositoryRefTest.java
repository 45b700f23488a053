package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepositoryRefTest {

    @Test
    void ownerSlashNameIsParsedAndADotGitSuffixDropped() {
        assertEquals(new RepositoryRef("pyo3", "maturin"), RepositoryRef.parse(" pyo3/maturin.git "));
        assertEquals("my-org/my.repo_1", RepositoryRef.parse("my-org/my.repo_1").fullName());
    }

    @Test
    void anythingElseIsRefusedWithTheExpectedForm() {
        for (String bad : new String[]{"", "maturin", "/x", "x/", "a/b/c", "a b/c", "o/.."}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RepositoryRef.parse(bad));
            assertEquals(true, e.getMessage().endsWith("is not a repository name. Use OWNER/NAME, e.g. pyo3/maturin."),
                    e.getMessage());
        }
    }
}
