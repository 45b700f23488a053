package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiEndpointTest {

    @Test
    void githubDotComIsTheApiHost() {
        ApiEndpoint e = ApiEndpoint.parse("https://api.github.com/");
        assertTrue(e.isGitHubDotCom());
        assertEquals("github.com", e.webHost());
        assertEquals(URI.create("https://api.github.com/repos/o/r"), e.resolve("/repos/o/r"));
    }

    @Test
    void anEnterpriseHostNameBecomesItsApiV3Root() {
        assertEquals(URI.create("https://ghe.example.com/api/v3"), ApiEndpoint.parse("ghe.example.com").root());
        assertEquals(URI.create("https://ghe.example.com/api/v3"), ApiEndpoint.enterprise("https://ghe.example.com/org").root());
        assertEquals("ghe.example.com", ApiEndpoint.parse("https://GHE.example.com/api/v3").webHost());
        assertEquals(ApiEndpoint.github(), ApiEndpoint.enterprise("github.com"));
    }

    @Test
    void plainHttpIsAllowedOnlyForLoopback() {
        for (String loopback : new String[]{"http://127.0.0.1:8080", "http://127.5.6.7", "http://localhost:1", "http://[::1]:9"}) {
            assertTrue(ApiEndpoint.parse(loopback).isLoopback(), loopback);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiEndpoint.parse("http://ghe.example.com/api/v3"));
        assertEquals("Refusing plain http for ghe.example.com: the token would cross the network unencrypted. "
                + "Use https:// (plain http is allowed only for this computer).", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.parse("http://10.0.0.1"));
    }

    @Test
    void theTokensOriginIsSchemeHostAndPort() {
        ApiEndpoint e = ApiEndpoint.parse("https://ghe.example.com/api/v3");
        assertTrue(e.sameOrigin(URI.create("https://ghe.example.com:443/api/v3/x")));
        assertFalse(e.sameOrigin(URI.create("https://ghe.example.com:8443/api/v3/x")));
        assertFalse(e.sameOrigin(URI.create("https://pipelines.actions.githubusercontent.com/x")));
        assertFalse(e.sameOrigin(URI.create("http://ghe.example.com/api/v3/x")));
    }

    @Test
    void somethingThatIsNoUrlGetsAMessage() {
        assertEquals("\"ftp://x\" is not an API URL. Use https://api.github.com or https://HOST/api/v3 for GitHub "
                + "Enterprise Server.", assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.parse("ftp://x")).getMessage());
    }
}
