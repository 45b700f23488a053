package dev.wheelhouse.runs.catalog;

import dev.wheelhouse.runs.dispatch.DispatchException;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.testing.TestWorkflows;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkflowCatalogSandboxTest {

    @Test
    void workflowsAreMarkedDispatchableFromTheirFileAtTheRef() {
        try (SandboxSession session = SandboxSession.start(b -> b
                .workflow("ci.yml", TestWorkflows.PUSH_ONLY)
                .workflow("broken.yml", "name: [unclosed\n"))) {
            List<CatalogEntry> entries = new WorkflowCatalog(session.client()).list(session.repo(), "main");

            assertEquals(List.of(".github/workflows/broken.yml", ".github/workflows/ci.yml", ".github/workflows/release.yml"),
                    entries.stream().map(e -> e.workflow().path()).toList());
            assertEquals(List.of(false, false, true), entries.stream().map(CatalogEntry::dispatchable).toList());
            assertEquals(true, entries.get(0).problem().orElseThrow().startsWith(".github/workflows/broken.yml at main is "
                    + "not a valid workflow (line "), entries.get(0).problem().orElseThrow());
        }
    }

    @Test
    void aWorkflowIsOpenedByFileNameOrIdAndAnUnknownOneNamed() {
        try (SandboxSession session = SandboxSession.start()) {
            WorkflowCatalog catalog = new WorkflowCatalog(session.client());
            long id = session.client().workflows(session.repo()).get(0).id();

            assertEquals(".github/workflows/release.yml", catalog.openByName(session.repo(), "release.yml", "main").file().path());
            assertEquals(".github/workflows/release.yml", catalog.openByName(session.repo(), Long.toString(id), "main").file().path());
            assertEquals("wheelhouse-demo/satkit has no workflow nightly.yml. Give the file name under .github/workflows "
                    + "(e.g. release.yml) or the workflow's numeric id.", assertThrows(DispatchException.class,
                    () -> catalog.openByName(session.repo(), "nightly.yml", "main")).userMessage());
        }
    }
}
