package dev.wheelhouse.cibw;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierCatalogTest {

    private static final String LINUX = "linux/x86_64";

    private static IdentifierCatalog catalog(String version) {
        return IdentifierCatalog.forRelease(CibuildwheelRelease.parse(version).orElseThrow()).orElseThrow();
    }

    private static Optional<CatalogBuild> build(IdentifierCatalog catalog, String host, String id) {
        BuildIdentifier identifier = BuildIdentifier.parse(id);
        return catalog.builds(identifier.platform(), host).orElseThrow().stream()
                .filter(b -> b.identifier().equals(identifier)).findFirst();
    }

    private static List<String> gates(IdentifierCatalog catalog, String id) {
        return build(catalog, LINUX, id).orElseThrow(() -> new AssertionError(id + " unknown")).groups();
    }

    @Test
    void pypy310MovedFromThePypyGroupToPypyEolIn320() {
        assertEquals(List.of("pypy"), gates(catalog("3.1.4"), "pp310-manylinux_x86_64"));
        assertEquals(List.of("pypy-eol"), gates(catalog("3.2.0"), "pp310-manylinux_x86_64"));
        assertEquals(List.of("pypy"), gates(catalog("3.2.0"), "pp311-manylinux_x86_64"));
        assertEquals(List.of("pypy-eol"), gates(catalog("4.2.0"), "pp310-manylinux_x86_64"));
    }

    @Test
    void cpythonFreethreadingIsAGroupOfThreeButNotOfFour() {
        assertTrue(catalog("3.4.1").enable().groups().contains("cpython-freethreading"));
        assertFalse(catalog("4.0.0").enable().groups().contains("cpython-freethreading"));
        assertEquals(List.of("cpython-freethreading"), gates(catalog("3.2.0"), "cp313t-manylinux_x86_64"));
        assertTrue(build(catalog("4.0.0"), LINUX, "cp313t-manylinux_x86_64").isEmpty());
    }

    @Test
    void beforeTheEnableOptionPypyWasBuiltByDefaultAndPrereleasesNeededASwitch() {
        IdentifierCatalog v216 = catalog("2.16.5");

        assertFalse(v216.enable().option());
        assertEquals(List.of(), gates(v216, "pp310-manylinux_x86_64"));
        assertEquals(List.of("CIBW_PRERELEASE_PYTHONS"),
                v216.enable().switches().stream().map(EnableSwitch::environmentVariable).toList());
        assertEquals(List.of(), gates(catalog("2.22.0"), "pp310-manylinux_x86_64"),
                "2.22 still added pypy to every enable set");
    }

    @Test
    void anIntelMacCannotBuildPypyForArm64SoItsCatalogLeavesItOut() {
        IdentifierCatalog v42 = catalog("4.2.0");

        assertTrue(build(v42, "macos/arm64", "pp311-macosx_arm64").isPresent());
        assertTrue(build(v42, "macos/x86_64", "pp311-macosx_arm64").isEmpty());
        assertTrue(build(v42, "macos/x86_64", "pp311-macosx_x86_64").isPresent());
    }

    @Test
    void buildsAreInTheReleasesOwnOrder() {
        List<CatalogBuild> macos = catalog("3.2.0").builds(Platform.MACOS, "macos/arm64").orElseThrow();

        assertEquals("cp38-macosx_x86_64", macos.get(0).identifier().toString());
        assertEquals("cp38-macosx_arm64", macos.get(1).identifier().toString());
        assertEquals("cp38-macosx_universal2", macos.get(2).identifier().toString());
    }

    @Test
    void everyModelledReleaseLoadsAndItsArchitecturesAgreeWithTheIdentifiers() {
        ReleaseModels models = ReleaseModels.bundled();
        assertTrue(models.releases().size() >= 75, () -> models.releases().size() + " releases");
        for (CibuildwheelRelease release : models.releases()) {
            ReleaseModel model = models.model(release).orElseThrow();
            assertEquals(release, model.release());
            for (ReleaseModel.Catalog catalog : model.catalogs()) {
                for (CatalogBuild build : catalog.builds()) {
                    assertEquals(Optional.of(build.architecture()), build.identifier().architecture(),
                            () -> release + " " + build);
                    assertTrue(model.enable().option() ? model.enable().groups().containsAll(build.groups())
                            : model.enable().switches().stream().map(EnableSwitch::group).toList()
                            .containsAll(build.groups()), () -> release + " " + build);
                }
            }
        }
    }

    @Test
    void aReleaseWithoutAModelUsesTheClosestEarlierOneAndSaysSo() {
        IdentifierCatalog between = catalog("3.5.0");

        assertEquals(new CibuildwheelRelease(3, 5, 0), between.release());
        assertEquals(new CibuildwheelRelease(3, 4, 1), between.modelRelease());
        assertTrue(between.note().orElseThrow().contains("3.4.1"), between.note()::toString);
        assertTrue(catalog("4.2.0").note().isEmpty());
    }

    @Test
    void aNewerReleaseUsesTheNewestModelAndSaysSo() {
        IdentifierCatalog future = catalog("9.0.0");

        assertTrue(future.newerThanKnown());
        assertEquals(IdentifierCatalog.latestKnown(), future.modelRelease());
        assertTrue(future.note().orElseThrow().contains("newer than the releases Wheelhouse knows"),
                future.note()::toString);
        assertFalse(catalog("4.2.0").newerThanKnown());
    }

    @Test
    void releasesBeforeTwoAreNotModelled() {
        assertEquals(Optional.empty(), IdentifierCatalog.forRelease(new CibuildwheelRelease(1, 12, 0)));
        assertTrue(IdentifierCatalog.forRelease(new CibuildwheelRelease(2, 0, 0)).isPresent());
    }

    @Test
    void commitsAndFloatingTagsResolveToTheirRelease() {
        ReleaseModels models = ReleaseModels.bundled();

        assertEquals(Optional.of(new CibuildwheelRelease(4, 2, 0)),
                models.byCommit("1828c10ab37f080699c7b81cea34097c684a7074"));
        assertEquals(Optional.of(new CibuildwheelRelease(3, 1, 4)), models.byFloatingTag("v3.1"));
        assertEquals(Optional.empty(), models.byCommit("0000000000000000000000000000000000000000"));
    }
}
