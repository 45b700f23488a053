package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierCatalogTest {

    private static IdentifierCatalog catalog(int major, int minor) {
        return IdentifierCatalog.forRelease(new CibuildwheelRelease(major, minor, 0)).orElseThrow();
    }

    private static List<EnableGroup> gates(IdentifierCatalog catalog, String id) {
        return catalog.requiredGroups(BuildIdentifier.parse(id));
    }

    private static boolean knows(IdentifierCatalog catalog, String id) {
        BuildIdentifier identifier = BuildIdentifier.parse(id);
        return catalog.identifiers(identifier.platform()).contains(identifier);
    }

    @Test
    void cibuildwheel32BuildsCpython314AndItsFreeThreadedVariantByDefault() {
        IdentifierCatalog v32 = catalog(3, 2);

        assertEquals(List.of(), gates(v32, "cp314-manylinux_x86_64"));
        assertEquals(List.of(), gates(v32, "cp314t-macosx_arm64"));
        assertEquals(List.of(EnableGroup.CPYTHON_FREETHREADING), gates(v32, "cp313t-win_amd64"));
        assertTrue(knows(v32, "cp38-manylinux_x86_64"));
        assertFalse(knows(v32, "cp315-manylinux_x86_64"));
    }

    @Test
    void cibuildwheel30GatedCpython314BehindPrerelease() {
        assertEquals(List.of(EnableGroup.CPYTHON_FREETHREADING, EnableGroup.CPYTHON_PRERELEASE),
                gates(catalog(3, 0), "cp314t-manylinux_x86_64"));
        assertEquals(List.of(EnableGroup.CPYTHON_EXPERIMENTAL_RISCV64), gates(catalog(3, 1), "cp312-manylinux_riscv64"));
        assertEquals(List.of(), gates(catalog(3, 2), "cp312-manylinux_riscv64"));
    }

    @Test
    void pypyAndGraalpyAlwaysNeedEnable() {
        IdentifierCatalog v32 = catalog(3, 2);

        assertEquals(List.of(EnableGroup.PYPY), gates(v32, "pp311-manylinux_x86_64"));
        assertEquals(List.of(EnableGroup.PYPY_EOL), gates(v32, "pp39-win_amd64"));
        assertEquals(List.of(EnableGroup.GRAALPY), gates(v32, "gp312_250-macosx_arm64"));
    }

    @Test
    void cibuildwheel4DropsCp313tAndCp38AndGatesCp315UntilFour2() {
        IdentifierCatalog v40 = catalog(4, 0);
        IdentifierCatalog v42 = catalog(4, 2);

        assertFalse(knows(v40, "cp313t-manylinux_x86_64"));
        assertFalse(knows(v40, "cp38-win_amd64"));
        assertFalse(v40.knownGroups().contains(EnableGroup.CPYTHON_FREETHREADING));
        assertEquals(List.of(EnableGroup.CPYTHON_PRERELEASE), gates(v40, "cp315t-manylinux_x86_64"));
        assertEquals(List.of(), gates(v42, "cp315t-manylinux_x86_64"));
        assertEquals(List.of(), gates(catalog(4, 3), "cp315-win_arm64"));
    }

    @Test
    void pypyAndGraalpyBuildManylinuxOnlyAndNoUniversal2() {
        IdentifierCatalog v42 = catalog(4, 2);

        assertTrue(knows(v42, "pp311-manylinux_aarch64"));
        assertFalse(knows(v42, "pp311-musllinux_x86_64"));
        assertFalse(knows(v42, "pp311-macosx_universal2"));
        assertFalse(knows(v42, "cp38-win_arm64"));
        assertTrue(knows(catalog(3, 2), "cp38-win32"));
        assertFalse(knows(catalog(3, 2), "cp38-win_arm64"));
    }

    @Test
    void identifiersAreInPythonVersionOrder() {
        List<BuildIdentifier> macos = catalog(3, 2).identifiers(Platform.MACOS);

        assertEquals("cp38-macosx_x86_64", macos.get(0).toString());
        assertEquals("cp38-macosx_arm64", macos.get(1).toString());
    }

    @Test
    void releasesOlderThanThreeAreNotModeledAndNewerOnesAreFlagged() {
        assertEquals(Optional.empty(), IdentifierCatalog.forRelease(new CibuildwheelRelease(2, 23, 3)));
        assertTrue(IdentifierCatalog.forRelease(new CibuildwheelRelease(5, 0, 0)).orElseThrow().newerThanKnown());
        assertFalse(catalog(4, 2).newerThanKnown());
    }
}
