package dev.wheelhouse.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rooms of {@code ui}: a composition root nothing calls back, shared code below the screens,
 * every package a known room, no cycles among its packages, screens that never import each other,
 * view models without controls, and services made by the composition root alone. Each rule holds
 * for the app, and fails on the fixture ({@code architecture.fixture.ui}) that breaks it.
 */
class UiRulesTest {

    private static final String UI = "dev.wheelhouse.ui";
    private static final String FIXTURE = "dev.wheelhouse.architecture.fixture.ui";

    private static JavaClasses app;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.wheelhouse");
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static void failsOnTheFixture(ArchRule rule, String violation) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(fixture));
        assertTrue(error.getMessage().contains(violation), error.getMessage());
    }

    @Test
    void theRoomsAreLayeredUnderTheCompositionRoot() {
        UiRules.roomsAreLayered(UI).check(app);
    }

    @Test
    void aScreenCallingBackIntoTheRootIsFound() {
        failsOnTheFixture(UiRules.roomsAreLayered(FIXTURE), "FixtureCacheScreen");
    }

    @Test
    void sharedCodeReachingIntoAScreenIsFound() {
        failsOnTheFixture(UiRules.roomsAreLayered(FIXTURE), "FixtureShared");
    }

    @Test
    void everyUiPackageIsAKnownRoom() {
        UiRules.everyPackageIsAKnownRoom(UI).check(app);
    }

    @Test
    void aPackageNoListNamesIsFound() {
        failsOnTheFixture(UiRules.everyPackageIsAKnownRoom(FIXTURE), "FixtureUndeclaredScreen");
    }

    @Test
    void theUiPackagesHaveNoCycles() {
        UiRules.noCyclesAmongSlices(UI).check(app);
    }

    @Test
    void aCycleAmongTheUiPackagesIsFound() {
        failsOnTheFixture(UiRules.noCyclesAmongSlices(FIXTURE), "FixtureShared");
    }

    @Test
    void screensDoNotImportEachOther() {
        UiRules.screensDoNotImportEachOther(UI).check(app);
    }

    @Test
    void aScreenImportingAnotherIsFound() {
        failsOnTheFixture(UiRules.screensDoNotImportEachOther(FIXTURE), "FixtureMatrixScreen");
    }

    @Test
    void viewModelsHoldNoControls() {
        UiRules.viewModelsUseNoScene(UI).check(app);
    }

    @Test
    void aViewModelHoldingAControlIsFound() {
        failsOnTheFixture(UiRules.viewModelsUseNoScene(FIXTURE), "FixtureCacheViewModel");
    }

    @Test
    void onlyTheLaunchOptionsReadSystemProperties() {
        UiRules.onlyTheLaunchOptionsReadSystemProperties(UI).check(app);
    }

    @Test
    void aScreenReadingASystemPropertyIsFound() {
        failsOnTheFixture(UiRules.onlyTheLaunchOptionsReadSystemProperties(FIXTURE), "FixtureSettingsScreen");
    }

    @Test
    void onlyTheCompositionRootMakesServices() {
        UiRules.onlyTheRootConstructsServices(UI, UiRules.SERVICES).check(app);
    }

    @Test
    void aScreenMakingItsOwnServicesIsFound() {
        ArchRule rule = UiRules.onlyTheRootConstructsServices(FIXTURE, Set.copyOf(UiRules.SERVICES));
        failsOnTheFixture(rule, "WorkflowCatalog.<init>");
        failsOnTheFixture(rule, "LogCache.openDefault");
    }
}
