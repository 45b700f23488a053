package dev.wheelhouse.runs.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BranchNamesTest {

    @Test
    void theSuggestionIsTheWorkflowStemAndTheLocalMinute() {
        Clock berlin = Clock.fixed(Instant.parse("2026-06-02T22:30:59Z"), ZoneId.of("Europe/Berlin"));
        assertEquals("wheelhouse/release-20260603-0030", BranchNames.suggest(".github/workflows/release.yml", berlin));
        assertEquals("wheelhouse/build_wheels-20260603-0030", BranchNames.suggest("build_wheels.yaml", berlin));
        assertEquals("wheelhouse/my-wheels-20260603-0030", BranchNames.suggest("my wheels.yml", berlin));
        assertEquals(Optional.empty(), BranchNames.problem(BranchNames.suggest(".github/workflows/.hidden.yml", berlin)));
    }

    @Test
    void namesGitWouldRefuseAreExplained() {
        for (String bad : new String[]{"", "has space", "a..b", "a~1", "x:y", "end/", "end.lock", "-x", "a//b", "a@{1}"}) {
            assertTrue(BranchNames.problem(bad).isPresent(), bad);
        }
        assertEquals(Optional.empty(), BranchNames.problem("wheelhouse/release-20260602-2230"));
    }
}
