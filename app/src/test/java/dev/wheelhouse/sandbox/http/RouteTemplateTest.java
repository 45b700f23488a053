package dev.wheelhouse.sandbox.http;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTemplateTest {

    @Test
    void namedSegmentsMatchOneSegmentEachAndAreDecoded() {
        RouteTemplate t = new RouteTemplate("/repos/{owner}/{repo}/actions/runs/{run_id}/jobs");
        assertEquals(Optional.of(Map.of("owner", "o", "repo", "my repo", "run_id", "42")),
                t.match("/repos/o/my%20repo/actions/runs/42/jobs"));
        assertEquals(Optional.empty(), t.match("/repos/o/r/actions/runs/42"));
        assertEquals(Optional.empty(), t.match("/repos/o/r/actions/runs/42/jobs/extra"));
        assertEquals(Optional.empty(), t.match("/repos/o//actions/runs/42/jobs"));
    }

    @Test
    void aPlusParameterTakesTheRestOfThePathSlashesIncluded() {
        RouteTemplate t = new RouteTemplate("/repos/{owner}/{repo}/contents/{+path}");
        assertEquals("/.github/workflows/release.yml".substring(1),
                t.match("/repos/o/r/contents/.github/workflows/release.yml").orElseThrow().get("path"));
        assertEquals("c++ notes.md", t.match("/repos/o/r/contents/c++%20notes.md").orElseThrow().get("path"),
                "a plus in a path is a plus, not a space");
        assertEquals(Optional.empty(), t.match("/repos/o/r/contents/"));
    }

    @Test
    void aPlusParameterMustComeLast() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTemplate("/a/{+rest}/b"));
    }

    @Test
    void theRouterPicksTheFirstTemplateThatFitsForTheMethod() {
        Router router = new Router()
                .add("GET", "/repos/{owner}/{repo}", "repo", "metadata=read", r -> ApiResponse.noContent())
                .add("POST", "/repos/{owner}/{repo}/git/refs", "repo", "contents=write", r -> ApiResponse.noContent());
        assertEquals("GET /repos/{owner}/{repo}", router.find("GET", "/repos/a/b").orElseThrow().route().key());
        assertEquals(Optional.empty(), router.find("GET", "/repos/a/b/git/refs").map(m -> m.route().key()));
        assertEquals(Optional.empty(), router.find("DELETE", "/repos/a/b"));
    }
}
