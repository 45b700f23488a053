package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GitHubTokenTest {

    @Test
    void theKindComesFromThePrefix() {
        assertEquals(TokenKind.CLASSIC, GitHubToken.of("ghp_abc").kind());
        assertEquals(TokenKind.FINE_GRAINED, GitHubToken.of("github_pat_11AB_cd").kind());
        assertEquals(TokenKind.OAUTH, GitHubToken.of("gho_x").kind());
        assertEquals(TokenKind.GITHUB_APP_USER, GitHubToken.of("ghu_x").kind());
        assertEquals(TokenKind.GITHUB_APP_INSTALLATION, GitHubToken.of("ghs_x").kind());
        assertEquals(TokenKind.UNKNOWN, GitHubToken.of("0123456789abcdef0123456789abcdef01234567").kind());
    }

    @Test
    void printingATokenShowsOnlyItsKind() {
        GitHubToken token = GitHubToken.of("  ghp_SECRETsecretSECRETsecret0123456789\n");
        assertEquals("ghp_****", token.toString());
        assertEquals("****", GitHubToken.of("0123456789abcdef").toString());
        assertEquals("Bearer ghp_SECRETsecretSECRETsecret0123456789", token.authorizationHeader());
    }

    @Test
    void aMalformedTokenIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GitHubToken.of("ghp_abc def"));
        assertFalse(e.getMessage().contains("abc"));
        assertThrows(IllegalArgumentException.class, () -> GitHubToken.of("   "));
    }
}
