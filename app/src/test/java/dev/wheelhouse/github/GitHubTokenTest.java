package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void controlCharactersDelAndNonAsciiAreRefusedBeforeUseWithoutRepeatingTheToken() {
        // Each reached java.net.http, whose exception printed "Bearer ghp_…" (issue 11, item 12).
        for (String bad : new String[] {"ghp_SECRET\u0001tail", "ghp_SECRET\u007Ftail", "ghp_SECRET\u0100tail",
                "ghp_SECRET\u00e9tail", "ghp_SECRET\u001btail"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GitHubToken.of(bad));
            assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
            assertFalse(e.getMessage().contains("tail"), e.getMessage());
            assertTrue(e.getMessage().contains("position 11"), e.getMessage());
        }
    }
}
