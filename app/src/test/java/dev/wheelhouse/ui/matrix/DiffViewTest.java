package dev.wheelhouse.ui.matrix;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiffViewTest {

    @Test
    void linesAreClassifiedByTheirUnifiedDiffPrefix() {
        assertEquals("diff-file", DiffView.styleClassOf("--- a/release.yml"));
        assertEquals("diff-file", DiffView.styleClassOf("+++ b/release.yml"));
        assertEquals("diff-hunk", DiffView.styleClassOf("@@ -120,6 +120,9 @@"));
        assertEquals("diff-added", DiffView.styleClassOf("+          - os: windows-latest"));
        assertEquals("diff-removed", DiffView.styleClassOf("-          - cp314"));
        assertEquals("diff-context", DiffView.styleClassOf("           - cp313"));
    }
}
